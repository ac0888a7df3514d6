// The 404 page's one script: when the missing address differs from an entry's only in letter
// case (/entries/Hwasong-18), it points to that entry at the top of the page. Without it, the
// page still lists every entry.
(() => {
  const slot = document.getElementById('did-you-mean');
  if (!slot) return;
  let wanted;
  try {
    wanted = decodeURIComponent(location.pathname).replace(/\/+$/, '').toLowerCase();
  } catch {
    return;
  }
  const match = [...document.querySelectorAll('main a[href^="/entries/"]')].find((a) => a.getAttribute('href').toLowerCase() === wanted);
  if (!match) return;
  const link = slot.querySelector('a');
  link.href = match.getAttribute('href') + location.hash;
  link.textContent = match.textContent;
  slot.hidden = false;
})();
