// congkhai preview: one connection to the preview's events, shared by every open tab of the site.
// A browser opens at most six connections to one host; an event stream per tab (and per page kept
// in the back-forward cache) used them all up, and the next page waited for one to time out.
"use strict";
var ports = [];
var last = {};
var connected = false;

function send(port, message) {
  try { port.postMessage(message); } catch (e) { /* the tab is gone */ }
}

function broadcast(message) {
  for (var i = 0; i < ports.length; i++) send(ports[i], message);
}

var events = new EventSource("/__congkhai/events");
events.addEventListener("open", function () { connected = true; broadcast({type: "open"}); });
events.addEventListener("error", function () { connected = false; broadcast({type: "error"}); });
["ok", "problems", "changed"].forEach(function (name) {
  events.addEventListener(name, function (e) {
    if (name !== "changed") last = {type: name, data: e.data};
    broadcast({type: name, data: e.data});
  });
});

function join(port) {
  if (ports.indexOf(port) < 0) ports.push(port);
  if (connected) send(port, {type: "open"});
  if (last.type) send(port, last);
}

self.onconnect = function (e) {
  var port = e.ports[0];
  port.onmessage = function (m) {
    // a page that is left says so, or the list would grow with every page opened
    if (m.data === "bye" && ports.indexOf(port) >= 0) ports.splice(ports.indexOf(port), 1);
    if (m.data === "hello") join(port);
  };
  port.start();
  join(port);
};
