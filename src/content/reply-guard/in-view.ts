// Calls `then` once, the first time `target` comes near the viewport or `box` takes focus (a box can be typed in
// without ever scrolling into view, e.g. focused by the page). Returns a function that stops watching.
export function whenInView(target: Element, box: HTMLElement, then: () => void): () => void {
  const win = target.ownerDocument.defaultView;
  if (!win?.IntersectionObserver) {
    then(); // no way to tell what is in view: behave as if it is
    return () => undefined;
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    box.removeEventListener('focus', fire);
  };
  const fire = () => {
    if (done) return;
    stop();
    then();
  };
  const observer = new win.IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) fire();
  }, { rootMargin: '200px' });
  observer.observe(target);
  box.addEventListener('focus', fire, { passive: true });
  return stop;
}
