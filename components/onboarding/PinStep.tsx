/** How to pin the toolbar button, in words: the browsers' menus differ and change, images would age. */
export function PinStep() {
  return (
    <>
      <p>Pin PLP Companion to the toolbar so clipping and recording are always one click away.</p>
      <h4>Chrome or Edge</h4>
      <ol>
        <li>
          Click the <strong>Extensions</strong> button (it looks like a puzzle piece) at the right
          of the address bar.
        </li>
        <li>
          Find <strong>PLP Companion</strong> in the list and click the <strong>pin</strong> next to
          it.
        </li>
      </ol>
      <h4>Firefox</h4>
      <ol>
        <li>
          Click the <strong>Extensions</strong> button (a puzzle piece) at the right of the toolbar.
        </li>
        <li>
          Click the gear or the three dots next to <strong>PLP Companion</strong>, then choose{' '}
          <strong>Pin to Toolbar</strong>.
        </li>
      </ol>
    </>
  );
}
