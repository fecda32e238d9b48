// The page: copy the JSON, and say that a text is being read.
(function () {
  var copy = document.getElementById("copy");
  var json = document.getElementById("json");
  if (copy && json) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      function done(ok) {
        copy.textContent = ok ? "Copied" : "Select and copy";
        setTimeout(function () { copy.textContent = "Copy"; }, 1500);
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(json.textContent).then(function () { done(true); }, function () { done(false); });
        return;
      }
      var r = document.createRange();
      r.selectNodeContents(json);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      done(document.execCommand && document.execCommand("copy"));
    });
  }
  var form = document.querySelector("form.input");
  var button = document.getElementById("read");
  if (form && button) {
    form.addEventListener("submit", function () {
      button.disabled = true;
      button.textContent = "Reading…";
    });
  }
})();
