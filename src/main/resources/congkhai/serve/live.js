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

  var events = new EventSource("/__congkhai/events");
  // lets a test (or a curious webmaster) see that this tab follows the preview
  events.addEventListener("open", function () { window.congkhaiPreviewConnected = true; });
  events.addEventListener("error", function () { window.congkhaiPreviewConnected = false; });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
  events.addEventListener("ok", hide);
  events.addEventListener("changed", function (e) {
    var paths = JSON.parse(e.data);
    for (var i = 0; i < paths.length; i++) {
      if (paths[i] === here || /\.(css|js|svg|png|jpg|woff2)$/.test(paths[i])) { location.reload(); return; }
    }
  });
})();
