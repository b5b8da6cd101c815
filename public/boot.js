// Runs before the page paints (written inline into <head> by the build, allowed by its hash; the
// one script that is not a module). It applies the theme the app is about to apply, so nothing
// flashes from light to dark, and shows the build's pre-rendered first screen only where it is
// exactly this view: its own path (an offline copy of another page says so too) and no parameter
// but the theme. The page is that copy until the reader's first pointer, touch, focus or key,
// when boot.js loads the app (meanwhile it sizes a host's frame to the copy). The control a click
// lands on in the copy is marked, for the app to click once it has taken over (src/prerender.ts).
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
  var start = document.querySelector('meta[name="sanctions-start"]');
  // Should the app's scripts never come, the copy's links work again ten seconds after the first
  // touch.
  var restoreLinks = function () {
    setTimeout(function () {
      var copy = document.getElementById('prerender');
      if (copy) copy.style.pointerEvents = 'auto';
    }, 10000);
  };
  if (marker && marker.getAttribute('content').replace(/\/+$/, '') === here && names.length === 0) {
    html.setAttribute('data-prerender', 'on');
    // A click on the copy (whose controls take no pointer: they are the app's to handle) is kept
    // as a mark on the control under it, by keyboard on its focused one: the app clicks its own
    // once it has taken over.
    var controls = 'a[href], button, input, select, textarea, summary, [tabindex]';
    window.addEventListener(
      'click',
      function (event) {
        var copy = document.getElementById('prerender');
        // Not once the copy's own links work again (below).
        if (!copy || copy.style.pointerEvents === 'auto') return;
        var target =
          event.target instanceof Element && copy.contains(event.target)
            ? event.target.closest(controls)
            : null;
        if (!target)
          target = Array.from(copy.querySelectorAll(controls))
            .filter(function (control) {
              var box = control.getBoundingClientRect();
              return (
                event.clientX >= box.left &&
                event.clientX <= box.right &&
                event.clientY >= box.top &&
                event.clientY <= box.bottom &&
                control.getClientRects().length > 0
              );
            })
            .pop();
        if (!target) return;
        event.preventDefault();
        Array.from(copy.querySelectorAll('[data-replay]')).forEach(function (marked) {
          marked.removeAttribute('data-replay');
        });
        target.setAttribute('data-replay', 'click');
      },
      true,
    );
  }
  if (!start) return;
  var events = ['pointerdown', 'pointermove', 'touchstart', 'focusin', 'keydown', 'wheel'];
  var started = false;
  var go = function () {
    if (started) return;
    started = true;
    events.forEach(function (type) {
      window.removeEventListener(type, go, true);
    });
    restoreLinks();
    (start.getAttribute('data-preload') || '').split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var data = start.getAttribute('data-fetch');
    if (data) {
      var fetchLink = document.createElement('link');
      fetchLink.rel = 'preload';
      fetchLink.as = 'fetch';
      fetchLink.crossOrigin = 'anonymous';
      fetchLink.href = data;
      document.head.appendChild(fetchLink);
    }
    // The entry runs once the page is parsed, as a module script of the page itself would.
    var run = function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = start.getAttribute('content');
      document.head.appendChild(script);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  };
  // A view other than the pre-rendered one has nothing to show until the app draws it; a site's
  // page in another site's frame starts at once, to say that it is not shown there.
  if (html.getAttribute('data-prerender') !== 'on' || (!embed && window.parent !== window)) return go();
  events.forEach(function (type) {
    window.addEventListener(type, go, { capture: true, passive: true });
  });
  // A site's page, opened, is kept for offline use whether or not it is touched: its offline
  // worker is registered a second after the page has loaded, unless the reader has started the app
  // by then (the app registers it once started, and its first chart comes first). An embed leaves
  // its host's reader that download.
  var worker = start.getAttribute('data-worker');
  if (!embed && worker && 'serviceWorker' in navigator)
    window.addEventListener('load', function () {
      setTimeout(function () {
        if (started) return;
        navigator.serviceWorker
          .register(worker, { scope: worker.replace(/sw\.js$/, '') })
          .catch(function () {});
      }, 1000);
    });
  if (window.parent === window) return;
  // The copy's height, on load and whenever the host's embed.js asks (it may come after the load).
  var postHeight = function () {
    var copy = document.getElementById('prerender');
    var chart = (location.pathname.match(/\/embed\/([^/]+)/) || [])[1];
    if (!copy || started) return;
    var height = Math.ceil(copy.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'sanctions-tracker:embed-height', chart: chart, height: height }, '*');
  };
  window.addEventListener('load', postHeight);
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source === window.parent && data && data.type === 'sanctions-tracker:embed-height-request')
      postHeight();
  });
})();
