// congkhai preview: reloads this tab when its page changes and shows content errors over it.
// Injected only by `congkhai serve`; never part of a built site.
(function () {
  "use strict";
  var here = location.pathname.replace(/^\//, "");
  if (here === "" || here.endsWith("/")) here += "index.html";
  var overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(problems) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "congkhai-problems";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
      "background:#fff5f5;color:#1a1a1a;border-bottom:4px solid #b00020;padding:1rem 1.25rem;" +
      "font:15px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)";
    var heading = document.createElement("strong");
    heading.textContent = "Lỗi nội dung (" + problems.length + "): trang đang hiển thị bản dựng tốt gần nhất";
    var list = document.createElement("pre");
    list.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0;font:13px/1.5 ui-monospace,monospace";
    list.textContent = problems.join("\n");
    overlay.appendChild(heading);
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function handle(type, data) {
    if (type === "open") window.congkhaiPreviewConnected = true;
    else if (type === "error") window.congkhaiPreviewConnected = false;
    else if (type === "problems") show(JSON.parse(data));
    else if (type === "ok") hide();
    else if (type === "changed") {
      var paths = JSON.parse(data);
      for (var i = 0; i < paths.length; i++) {
        if (paths[i] === here || /\.(css|js|svg|png|jpg|woff2)$/.test(paths[i])) { location.reload(); return; }
      }
    }
  }

  // lets a test (or a curious webmaster) see how this tab follows the preview
  if (window.SharedWorker) {
    // every tab of the preview shares one event stream: see live-worker.js
    window.congkhaiPreviewChannel = "shared-worker";
    var worker = new SharedWorker("/__congkhai/live-worker.js", {name: "congkhai-preview"});
    worker.port.onmessage = function (m) { handle(m.data.type, m.data.data); };
    worker.port.start();
    window.addEventListener("pagehide", function () { worker.port.postMessage("bye"); });
    window.addEventListener("pageshow", function (e) {
      // back from the back-forward cache: the worker forgot this tab when it left
      if (e.persisted) worker.port.postMessage("hello");
    });
  } else {
    // without shared workers (Chrome on Android, older Safari) each page has its stream, closed
    // as soon as the page is left so that a page kept for "back" holds no connection
    window.congkhaiPreviewChannel = "event-source";
    var events = null;
    var connect = function () {
      events = new EventSource("/__congkhai/events");
      events.addEventListener("open", function () { handle("open"); });
      events.addEventListener("error", function () { handle("error"); });
      ["ok", "problems", "changed"].forEach(function (name) {
        events.addEventListener(name, function (e) { handle(name, e.data); });
      });
    };
    connect();
    window.addEventListener("pagehide", function () { if (events) { events.close(); events = null; } });
    window.addEventListener("pageshow", function (e) { if (e.persisted && !events) connect(); });
  }
})();
