// What a phone needs of a page or of the card, measured in the browser: every control a finger can
// hit (at least 24 × 24 CSS px, WCAG 2.5.8), nothing shown only on hover, nothing wider than the
// screen. Each function runs inside the browser (serialised), on a document or a shadow root.

/** Problems with the controls under `root` that are rendered: ["BUTTON 'Close' 60×20", …]. */
export function touchProblems(root) {
  const MIN = 24;
  const controls = root.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])');
  const problems = [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not rendered
    if (box.width < MIN || box.height < MIN) {
      problems.push(`${control.tagName} '${(control.textContent || control.name || '').trim().slice(0, 30)}' ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  // A phone has no hover: nothing may be shown or hidden by it alone.
  const rules = (sheet) => [...sheet.cssRules].flatMap((rule) => (rule.cssRules ? rules(rule) : [rule]));
  for (const sheet of root.styleSheets) {
    let all;
    try {
      all = rules(sheet);
    } catch {
      continue; // Firefox keeps a content script's sheet from the page (Chromium's run reads the card's)
    }
    for (const rule of all) {
      if (rule.selectorText?.includes(':hover') && ['display', 'visibility', 'opacity', 'height', 'max-height'].some((p) => rule.style.getPropertyValue(p))) {
        problems.push(`hover-only: ${rule.selectorText}`);
      }
    }
  }
  return problems;
}
