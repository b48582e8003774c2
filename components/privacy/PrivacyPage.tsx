import { DeleteAllDataSection } from './DeleteAllDataSection';
import '../onboarding/onboarding.css';

/**
 * What PLP Companion keeps, where, and what leaves the device, in plain words (aimed at a
 * grade-7 reader). Keep it true: any change to storage or exports must be reflected here.
 */
export function PrivacyPage() {
  return (
    <section aria-labelledby="privacy-heading" className="privacy-page">
      <h2 id="privacy-heading">Your privacy</h2>
      <p>
        Your work belongs to you. Here is what PLP Companion keeps, where it keeps it, and when
        anything leaves your device.
      </p>

      <h3>What is stored</h3>
      <ul>
        <li>Your goals, with their steps and the skills they build.</li>
        <li>
          Your clips: the page address and title, any text you selected, screenshots and saved
          copies of pages.
        </li>
        <li>Your reflections: what you write, and the videos and voice you record.</li>
        <li>Your settings, like how clipping and recording work for you.</li>
      </ul>

      <h3>Where it is stored</h3>
      <p>
        Everything is kept in this browser’s own storage on this device (a browser database called
        IndexedDB). Nothing is kept on our servers. We don’t have any servers.
      </p>

      <h3>What leaves your device</h3>
      <p>Only what you export, and only to the place you pick:</p>
      <ul>
        <li>a ZIP file that you save yourself,</li>
        <li>files that you post to Seesaw yourself,</li>
        <li>or an upload to your own Google Drive, after you sign in.</li>
      </ul>
      <p>When you sign in to Google Drive, the sign-in is kept only until you close the browser.</p>
      <p>
        There are no ads and no tracking. PLP Companion does not count what you do or send reports
        about you to anyone.
      </p>

      <h3>School settings</h3>
      <p>
        Your school may set some options for you, for example where you can export, or how long work
        should be kept. If it does, you can see them on the <a href="#/storage">Storage</a> page.
        Your school can’t read your work through PLP Companion.
      </p>

      <h3>Before you remove the extension</h3>
      <p>
        If you remove PLP Companion from the browser, everything it stored on this device is
        deleted, and the browser doesn’t warn you first. <strong>Export your work</strong> before
        you remove the extension: <a href="#/export">go to Export</a>.
      </p>

      <DeleteAllDataSection />

      <p className="hint">
        New here? Take the <a href="#/welcome">Welcome tour</a> again.
      </p>
    </section>
  );
}
