/*
 * Sanctions Tracker: sizes every embedded chart on this page to its content.
 *
 * Load it once, anywhere on the host page:
 *   <script async src="https://<tracker>/embed.js"></script>
 * Each embed posts { type: 'sanctions-tracker:embed-height', chart: '<id>', height: <px> } to its
 * parent on load and whenever its height changes; this script sets the height of the iframe the
 * message came from. Messages from other origins than this script's are ignored. Without the
 * script, an embed keeps the fixed height written in its iframe tag. On load it asks every frame
 * once for its height, for embeds that said it before the script came.
 */
(function () {
  'use strict';
  if (window.sanctionsTrackerEmbed) return;
  window.sanctionsTrackerEmbed = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, window.location.href).origin : null;
  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'sanctions-tracker:embed-height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
  // An embed that loaded before this script may have said its height already: ask each frame again
  // (a request says nothing, so any frame may receive it; only the answer's origin is checked).
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow)
      frames[i].contentWindow.postMessage({ type: 'sanctions-tracker:embed-height-request' }, '*');
  }
})();
