/**
 * Puts each card of a margin cell beside its passage, not at the top of its paragraph: a note
 * on line 14 of a long paragraph otherwise sits hundreds of pixels above its words. Cards keep
 * their order and never overlap — a card whose passage lies above the previous card's bottom
 * stays right below it — and only ever move down, so the cell grows rather than overlaps.
 * Measured with every margin cleared (one layout), then written at once (no read after write).
 */
export function alignCards(container: HTMLElement, passageTop: (opinionId: string) => number | null): void {
  const cards = [...container.querySelectorAll<HTMLElement>(':scope > .note-card')];
  if (cards.length === 0) return;
  for (const card of cards) card.style.marginTop = '';
  const base = container.getBoundingClientRect().top;
  const natural = cards.map((card) => card.getBoundingClientRect().top - base);
  const wanted = cards.map((card) => passageTop(card.dataset.opinionId ?? ''));
  let pushed = 0;
  const extras = cards.map((_, i) => {
    const at = natural[i]! + pushed;
    const want = wanted[i];
    const extra = want === null || want === undefined ? 0 : Math.max(0, Math.round(want - base - at));
    pushed += extra;
    return extra;
  });
  cards.forEach((card, i) => {
    if (extras[i]! > 0) card.style.marginTop = `${extras[i]}px`;
  });
}
