// Koers' only script besides htmx: CSRF on htmx requests, focus and announcements after partial updates,
// copying a text to the clipboard, and saying a file is too large before it is sent. No inline scripts anywhere, so the Content-Security-Policy can forbid them.
(function () {
  "use strict";

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  // Every htmx request that changes something carries the CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // After a swap: move focus to what the swapped part asks for (an error summary, a heading, a message),
  // so keyboard and screen-reader users land where the change is, and announce it politely.
  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.detail.elt || document;
    var target = root.querySelector ? root.querySelector("[data-focus], .koers-error-summary") : null;
    if (!target && root.matches && root.matches("[data-focus]")) {
      target = root;
    }
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
    var announcement = root.querySelector ? root.querySelector("[data-announce]") : null;
    var live = document.getElementById("koers-live");
    if (announcement && live) {
      live.textContent = "";
      window.setTimeout(function () { live.textContent = announcement.getAttribute("data-announce"); }, 50);
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(source.value || source.textContent.trim()).then(function () {
      var live = document.getElementById("koers-live");
      if (live) {
        live.textContent = button.getAttribute("data-copied") || "";
      }
    });
  });

  // A file larger than Koers takes is said beside its field before anything is sent, so nobody waits for an upload
  // that is refused anyway. Without JavaScript the server says the same, in the same place.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var inputs = form.querySelectorAll ? form.querySelectorAll("input[type=file][data-max-bytes]") : [];
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var file = input.files && input.files[0];
      if (file && file.size > Number(input.getAttribute("data-max-bytes"))) {
        event.preventDefault();
        tooLarge(input);
        return;
      }
    }
  });

  function tooLarge(input) {
    var id = input.id + "-error";
    var error = document.getElementById(id);
    if (!error) {
      error = document.createElement("p");
      error.id = id;
      error.className = "koers-field-error";
      input.parentNode.insertBefore(error, input);
    }
    var prefix = document.createElement("span");
    prefix.className = "koers-visually-hidden";
    prefix.textContent = input.getAttribute("data-error-prefix") || "";
    var text = document.createElement("span");
    text.textContent = " " + input.getAttribute("data-too-large");
    error.replaceChildren(prefix, text);
    input.parentNode.classList.add("utrecht-form-field--invalid", "koers-invalid");
    input.setAttribute("aria-invalid", "true");
    var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (d) { return d && d !== id; });
    input.setAttribute("aria-describedby", [id].concat(described).join(" "));
    input.focus();
  }

  // A page that comes back with an error summary puts focus on it, so the reader hears what went wrong first.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".koers-error-summary");
    if (summary) {
      summary.focus();
    }
  });
})();
