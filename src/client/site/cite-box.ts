/**
 * The paper page's Cite box (a read-only textarea): a click or tap that makes no selection of its own
 * selects the whole BibTeX, and so does moving into it from the keyboard, as the hint beside it says. A drag
 * or a double-click inside keeps the part it selected. Listeners on the document, so pages without the box
 * do no work on load; they run from the layout's one script (no inline handler: the pages' CSP refuses them).
 */

const CITE_BOX = 'textarea.bibtex';

function citeBox(target: EventTarget | null): HTMLTextAreaElement | undefined {
  return target instanceof HTMLTextAreaElement && target.matches(CITE_BOX) ? target : undefined;
}

export function armCiteBoxes(doc: Document): void {
  /** The box a mouse button (or a tap's emulated one) is pressed on: its focus is the pointer's, not the keyboard's. */
  let pressed: HTMLTextAreaElement | undefined;
  doc.addEventListener('mousedown', (event) => {
    pressed = citeBox(event.target);
    // A press inside selected text would drag that text away instead of starting a selection: once all of it
    // was selected, no drag could select a part. The press drops the selection first.
    if (pressed && event.button === 0 && pressed.selectionStart !== pressed.selectionEnd) pressed.setSelectionRange(0, 0);
  });
  // `click` comes after the button is released, when the caret or the dragged selection is in place.
  doc.addEventListener('click', (event) => {
    pressed = undefined;
    const box = citeBox(event.target);
    if (box && box.selectionStart === box.selectionEnd) box.select();
  });
  // Focus from the keyboard (Tab). Selected on a press's focus, the text would be under the pointer, and the
  // drag that follows would move it rather than select the part it covers.
  doc.addEventListener('focusin', (event) => {
    const box = citeBox(event.target);
    if (box && box !== pressed) box.select();
  });
}
