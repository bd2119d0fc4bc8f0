/** Scrolls the open document to a fraction (0–1) of its scroll height. */
export function scrollDocumentTo(fraction: number): number {
  const scroller = document.querySelector('.document-scroll');
  if (!scroller) throw new Error('no open document');
  scroller.scrollTop = Math.round((scroller.scrollHeight - scroller.clientHeight) * fraction);
  return scroller.scrollTop;
}
