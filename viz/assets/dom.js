// Shared by pbkg's pages and inlined ahead of each page's own script. Everything shown
// comes from news articles and is untrusted, so nothing here assigns innerHTML: every
// element is built from text nodes.
var pbkgDom = (function () {
  "use strict";

  // The JSON a page carries in its application/json script element of that id.
  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // A "key value" line builder whose classes start with prefix (prefix-row, -key, -val).
  // A missing or empty value leaves no line; a list is shown joined with 、.
  function rowMaker(prefix) {
    return function row(parent, key, value) {
      if (value === undefined || value === null || value === "" ||
          (Array.isArray(value) && !value.length)) return;
      var r = el("div", prefix + "-row");
      r.appendChild(el("span", prefix + "-key", key));
      r.appendChild(el("span", prefix + "-val", Array.isArray(value) ? value.join("、") : value));
      parent.appendChild(r);
    };
  }

  return { readJson: readJson, el: el, rowMaker: rowMaker };
})();
