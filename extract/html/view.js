// Readout view: hovering or focusing a mention highlights every mention of
// the same entity; selecting an event highlights its evidence sentence.
(function () {
  if (window.readoutView) return;
  window.readoutView = true;
  function group(el, on) {
    var v = el.closest(".ro-view");
    if (!v) return;
    v.querySelectorAll('[data-e="' + el.getAttribute("data-e") + '"]').forEach(function (x) {
      x.classList.toggle("ro-hl", on);
    });
  }
  function hover(on) {
    return function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-e]");
      if (el) group(el, on);
    };
  }
  document.addEventListener("mouseover", hover(true));
  document.addEventListener("mouseout", hover(false));
  document.addEventListener("focusin", hover(true));
  document.addEventListener("focusout", hover(false));
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[data-s]");
    if (!a) return;
    var v = a.closest(".ro-view");
    v.querySelectorAll(".ro-sel").forEach(function (x) { x.classList.remove("ro-sel"); });
    a.parentNode.classList.add("ro-sel");
    v.querySelectorAll('.ro-text [data-s="' + a.getAttribute("data-s") + '"]').forEach(function (x) {
      x.classList.add("ro-sel");
    });
  });
})();
