import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A last line of defence: an unexpected error shows a friendly message, not a white page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('PLP Companion view crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="banner banner-failed" role="alert">
        <h2>This page ran into a problem</h2>
        <p>Your saved work is safe. Reload the page to carry on.</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
        <details>
          <summary>Technical details</summary>
          <code>{this.state.error.message}</code>
        </details>
      </div>
    );
  }
}
