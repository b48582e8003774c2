import { i18n } from '#i18n';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { isExtensionContextGone } from '@/lib/extensionContextGone';

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
    // An update unloaded the extension under this page, which the browser is about to close:
    // the crash message couldn't even be translated (i18n throws too), so show nothing.
    if (isExtensionContextGone(this.state.error, browser.runtime)) return null;
    return (
      <div className="banner banner-failed" role="alert">
        <h2>{i18n.t('app.crash.heading')}</h2>
        <p>{i18n.t('app.crash.body')}</p>
        <button type="button" onClick={() => location.reload()}>
          {i18n.t('app.crash.reload')}
        </button>
        <details>
          <summary>{i18n.t('app.crash.details')}</summary>
          <code>{this.state.error.message}</code>
        </details>
      </div>
    );
  }
}
