// Runs before the page paints (a classic script in <head>, the one script that is not a module).
// It applies the theme the app is about to apply, so nothing flashes from light to dark, and shows
// the build's pre-rendered first screen only where it is exactly this view: its own path (an
// offline copy of another page says so too) and no parameter but the theme.
(function () {
  var html = document.documentElement;
  var search = new URLSearchParams(location.search);
  var embed = /\/embed\//.test(location.pathname);
  var stored = null;
  try {
    stored = localStorage.getItem('sanctions-tracker:theme');
  } catch (e) {
    stored = null;
  }
  var preference = embed ? search.get('theme') : stored;
  var dark =
    preference === 'dark' ||
    (preference !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  html.setAttribute('data-theme', dark ? 'dark' : 'light');
  var marker = document.querySelector('meta[name="sanctions-prerender"]');
  var here = location.pathname.replace(/\/+$/, '');
  var names = Array.from(search.keys()).filter(function (name) {
    return name !== 'theme';
  });
  if (marker && marker.getAttribute('content').replace(/\/+$/, '') === here && names.length === 0) {
    html.setAttribute('data-prerender', 'on');
    // Should the app's scripts never come, the copy's links work again after ten seconds.
    setTimeout(function () {
      var copy = document.getElementById('prerender');
      if (copy) copy.style.pointerEvents = 'auto';
    }, 10000);
  }
})();
