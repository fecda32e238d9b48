// Readout corpus page: a range of days (dragged on the timeline or typed)
// filters the pairs, the matrix, the people, the topics and the list of
// engagements; selecting a pair, a cell or a person lists its engagements;
// the people sort by any column. The tables are first drawn by the server;
// this script redraws them from the page's data (#ro-data) the same way.
(function () {
  "use strict";
  var dataEl = document.getElementById("ro-data");
  if (!dataEl || window.readoutCorpus) return;
  window.readoutCorpus = true;
  var D = JSON.parse(dataEl.textContent);
  var L = D.limits;
  var E = D.events; // [article, day, type, initiator, [people], [pairs], start, end, countries]
  var names = D.countries || {};
  var state = { from: "", to: "", pair: -1, person: -1, sort: 2, desc: true, shown: L.events };
  var $ = function (id) { return document.getElementById(id); };

  var DAY = 86400000;
  function dayNum(s) { return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY; }
  function dayStr(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function plural(n, noun, many) { return n + " " + (n === 1 ? noun : (many || noun + "s")); }
  function country(code) { return names[code] || code; }
  function countryLabel(code) {
    if (!code) return "";
    var n = names[code];
    return n && n !== code ? n + " (" + code + ")" : code;
  }
  function pairName(i) { var p = D.pairs[i]; return country(p[0]) + " – " + country(p[1]); }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function h(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function td(text, cls) { return h("td", cls, text === undefined ? "" : String(text)); }
  function selectable(el) { el.tabIndex = 0; el.classList.add("ro-pick"); }

  function ranged() { return state.from !== "" || state.to !== ""; }
  function inRange(e) {
    if (!ranged()) return true;
    return e[1] !== "" && (state.from === "" || e[1] >= state.from) && (state.to === "" || e[1] <= state.to);
  }

  // The figures of the engagements in range.
  function count() {
    var c = { events: [], pairs: {}, eng: {}, arts: {}, types: [0, 0, 0] };
    for (var i = 0; i < E.length; i++) {
      var e = E[i];
      if (!inRange(e)) continue;
      c.events.push(i);
      if (e[2] >= 0 && e[2] < 3) c.types[e[2]]++;
      e[5].forEach(function (p) { c.pairs[p] = (c.pairs[p] || 0) + 1; });
      e[4].forEach(function (p) {
        c.eng[p] = (c.eng[p] || 0) + 1;
        (c.arts[p] = c.arts[p] || {})[e[0]] = true;
      });
    }
    return c;
  }

  function drawPairs(c) {
    var body = $("ro-pairs") && $("ro-pairs").tBodies[0];
    if (!body) return;
    var list = Object.keys(c.pairs).map(Number).sort(function (x, y) {
      return c.pairs[y] - c.pairs[x] || cmp(D.pairs[x][0], D.pairs[y][0]) || cmp(D.pairs[x][1], D.pairs[y][1]);
    });
    var rows = document.createDocumentFragment();
    list.slice(0, L.pairs).forEach(function (i) {
      var tr = h("tr");
      tr.dataset.pair = i;
      selectable(tr);
      if (i === state.pair) tr.classList.add("ro-sel");
      var name = td(pairName(i) + " ");
      name.appendChild(h("small", "", D.pairs[i][0] + " " + D.pairs[i][1]));
      tr.append(name, td(c.pairs[i], "n"));
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    $("ro-pairs-more").textContent = list.length > L.pairs ?
      "The " + L.pairs + " pairs with the most engagements of " + list.length + "." :
      list.length === 0 ? "No engagement between people of two known countries in these days." : "";
    drawMatrix(c);
  }

  function drawMatrix(c) {
    var m = $("ro-matrix");
    if (!m) return;
    var total = {}, index = {}, most = 0;
    Object.keys(c.pairs).forEach(function (k) {
      var p = D.pairs[k], n = c.pairs[k];
      total[p[0]] = (total[p[0]] || 0) + n;
      total[p[1]] = (total[p[1]] || 0) + n;
      index[p[0] + " " + p[1]] = +k;
      most = Math.max(most, n);
    });
    var codes = Object.keys(total).sort(function (x, y) { return total[y] - total[x] || cmp(x, y); }).slice(0, L.matrix);
    var head = h("tr");
    head.appendChild(h("th"));
    codes.forEach(function (code) { var th = h("th", "", code); th.scope = "col"; head.appendChild(th); });
    var rows = document.createDocumentFragment();
    codes.forEach(function (a) {
      var tr = h("tr"), th = h("th", "", a);
      th.scope = "row";
      th.title = country(a);
      tr.appendChild(th);
      codes.forEach(function (b) {
        if (a === b) { tr.appendChild(td("", "self")); return; }
        var k = index[a < b ? a + " " + b : b + " " + a];
        if (k === undefined) { tr.appendChild(td()); return; }
        var n = c.pairs[k], cell = td(n, "h" + (1 + Math.floor((n * 5 - 1) / most)));
        cell.dataset.pair = k;
        cell.title = country(a) + " – " + country(b) + ": " + plural(n, "engagement");
        selectable(cell);
        if (k === state.pair) cell.classList.add("ro-sel");
        tr.appendChild(cell);
      });
      rows.appendChild(tr);
    });
    m.tHead.replaceChildren(head);
    m.tBodies[0].replaceChildren(rows);
  }

  function drawPeople(c) {
    var table = $("ro-people");
    if (!table) return;
    var list = Object.keys(c.eng).map(Number);
    var arts = {};
    list.forEach(function (p) { arts[p] = Object.keys(c.arts[p]).length; });
    var key = [
      function (p) { return D.people[p][0]; },
      function (p) { return countryLabel(D.people[p][1]); },
      function (p) { return c.eng[p]; },
      function (p) { return arts[p]; }
    ][state.sort];
    var sign = state.desc ? -1 : 1;
    list.sort(function (x, y) {
      return sign * cmp(key(x), key(y)) || c.eng[y] - c.eng[x] || arts[y] - arts[x] || cmp(D.people[x][0], D.people[y][0]);
    });
    var rows = document.createDocumentFragment();
    list.slice(0, L.people).forEach(function (p) {
      var tr = h("tr"), d = D.people[p];
      tr.dataset.person = p;
      selectable(tr);
      if (p === state.person) tr.classList.add("ro-sel");
      tr.append(td(d[0]), td(countryLabel(d[1])), td(d[2]), td(c.eng[p], "n"), td(arts[p], "n"));
      rows.appendChild(tr);
    });
    table.tBodies[0].replaceChildren(rows);
    table.querySelectorAll("th[data-sort]").forEach(function (th) {
      if (+th.dataset.sort === state.sort) th.setAttribute("aria-sort", state.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    $("ro-people-more").firstChild.textContent = (list.length > L.people ?
      "The first " + L.people + " of " + list.length + " people." : list.length === 0 ? "No one is engaged in these days." : "") +
      " Articles: those that report an engagement of theirs. ";
  }

  function drawTopics() {
    var chart = $("ro-topics-chart"), totals = {};
    if (chart) {
      chart.querySelectorAll("rect[data-w]").forEach(function (r) {
        var w = r.dataset.w, end = dayStr(dayNum(w) + 6);
        var on = !ranged() || ((state.from === "" || end >= state.from) && (state.to === "" || w <= state.to));
        r.classList.toggle("ro-out", !on);
        if (on) totals[r.dataset.t] = (totals[r.dataset.t] || 0) + +r.dataset.n;
      });
    }
    document.querySelectorAll("#ro-topic-totals [data-topic]").forEach(function (s) {
      if (s.dataset.all === undefined) s.dataset.all = s.textContent;
      s.textContent = ranged() ? plural(totals[s.dataset.topic] || 0, "article") + " in weeks of these days" : s.dataset.all;
    });
    if ($("ro-topic-undated")) $("ro-topic-undated").hidden = ranged();
  }

  function drawTimeline(c) {
    var svg = $("ro-tl");
    if (svg) {
      svg.querySelectorAll(".ro-bars > g").forEach(function (g) {
        var d = g.dataset.d;
        g.classList.toggle("ro-out", ranged() && !((state.from === "" || d >= state.from) && (state.to === "" || d <= state.to)));
      });
      var b = svg.querySelector(".ro-brush"), first = dayNum(svg.dataset.first), span = +svg.dataset.span, slot = 1000 / span;
      if (ranged()) {
        var from = state.from ? dayNum(state.from) - first : 0, to = state.to ? dayNum(state.to) - first : span - 1;
        b.setAttribute("x", Math.max(0, from) * slot);
        b.setAttribute("width", Math.max(0, Math.min(span, to + 1) - Math.max(0, from)) * slot);
      } else {
        b.setAttribute("width", 0);
      }
    }
    var n = c.events.length;
    $("ro-showing").textContent = plural(n, "engagement") + (ranged() ?
      " from " + (state.from || "the first day") + " to " + (state.to || "the last") +
      " (" + plural(c.types[0], "call") + ", " + plural(c.types[1], "meeting") + ", " + plural(c.types[2], "letter") + ")" : "");
  }

  function drawEvents(c) {
    var table = $("ro-events");
    if (!table) return;
    var list = c.events.filter(function (i) {
      var e = E[i];
      return (state.pair < 0 || e[5].indexOf(state.pair) >= 0) && (state.person < 0 || e[4].indexOf(state.person) >= 0);
    });
    var rows = document.createDocumentFragment();
    list.slice(0, state.shown).forEach(function (i) {
      var e = E[i], a = D.articles[e[0]], tr = h("tr");
      var who = td(), others = e[4].filter(function (p) { return p !== e[3]; }).map(function (p) { return D.people[p][0]; });
      if (e[3] >= 0) {
        who.append(h("b", "", D.people[e[3]][0]), " → " + others.join(", "));
      } else {
        who.textContent = others.join(" · ");
      }
      var type = td();
      type.appendChild(h("span", "ro-type " + D.types[e[2]], D.types[e[2]]));
      var art = td();
      if (a[1]) {
        var link = h("a", "", a[0]);
        link.href = a[1] + "#ro-s" + e[6] + "-" + e[7];
        art.appendChild(link);
      } else {
        art.textContent = a[0];
      }
      tr.append(td(e[1] || "no day"), type, who, td(e[8]), art);
      rows.appendChild(tr);
    });
    table.tBodies[0].replaceChildren(rows);
    var label;
    if (state.pair >= 0) label = pairName(state.pair) + " (" + D.pairs[state.pair].join(" ") + ")";
    else if (state.person >= 0) label = D.people[state.person][0];
    else label = "all";
    $("ro-selection").textContent = label + ", " + plural(list.length, "engagement") + (ranged() ? " in these days" : "") + ", by day";
    $("ro-unselect").hidden = state.pair < 0 && state.person < 0;
    $("ro-events-more").textContent = list.length > state.shown ? "The first " + state.shown + " of " + list.length + " engagements." : "";
    $("ro-show-more").hidden = list.length <= state.shown;
    document.querySelectorAll(".ro-sel").forEach(function (x) { x.classList.remove("ro-sel"); });
    if (state.pair >= 0) document.querySelectorAll('[data-pair="' + state.pair + '"]').forEach(function (x) { x.classList.add("ro-sel"); });
    if (state.person >= 0) document.querySelectorAll('[data-person="' + state.person + '"]').forEach(function (x) { x.classList.add("ro-sel"); });
  }

  function draw() {
    var c = count();
    drawTimeline(c);
    drawPairs(c);
    drawTopics();
    drawPeople(c);
    drawEvents(c);
  }

  function setRange(from, to) {
    if (from && to && from > to) { var t = from; from = to; to = t; }
    state.from = from || "";
    state.to = to || "";
    $("ro-from").value = state.from;
    $("ro-to").value = state.to;
    state.shown = L.events;
    draw();
  }

  // Brushing: a drag across the timeline chooses its days; a click one day.
  var svg = $("ro-tl");
  if (svg) {
    var first = dayNum(svg.dataset.first), span = +svg.dataset.span, start = -1;
    var dayAt = function (ev) {
      var r = svg.getBoundingClientRect();
      return Math.max(0, Math.min(span - 1, Math.floor((ev.clientX - r.left) / r.width * span)));
    };
    var brush = svg.querySelector(".ro-brush");
    svg.addEventListener("pointerdown", function (ev) {
      start = dayAt(ev);
      svg.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    svg.addEventListener("pointermove", function (ev) {
      if (start < 0) return;
      var d = dayAt(ev), lo = Math.min(start, d), hi = Math.max(start, d);
      brush.setAttribute("x", lo * 1000 / span);
      brush.setAttribute("width", (hi - lo + 1) * 1000 / span);
    });
    svg.addEventListener("pointerup", function (ev) {
      if (start < 0) return;
      var d = dayAt(ev), lo = Math.min(start, d), hi = Math.max(start, d);
      start = -1;
      setRange(dayStr(first + lo), dayStr(first + hi));
    });
  }
  $("ro-from").addEventListener("change", function () { setRange($("ro-from").value, state.to); });
  $("ro-to").addEventListener("change", function () { setRange(state.from, $("ro-to").value); });
  $("ro-all").addEventListener("click", function () { setRange("", ""); });

  function pick(ev) {
    var el = ev.target.closest && ev.target.closest("[data-pair], [data-person], th[data-sort]");
    if (!el) return;
    if (el.dataset.sort !== undefined) {
      var k = +el.dataset.sort;
      state.desc = state.sort === k ? !state.desc : k >= 2;
      state.sort = k;
      drawPeople(count());
      return;
    }
    if (el.dataset.pair !== undefined) {
      state.pair = +el.dataset.pair === state.pair ? -1 : +el.dataset.pair;
      state.person = -1;
    } else {
      state.person = +el.dataset.person === state.person ? -1 : +el.dataset.person;
      state.pair = -1;
    }
    state.shown = L.events;
    drawEvents(count());
  }
  document.addEventListener("click", pick);
  document.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList && ev.target.classList.contains("ro-pick")) {
      ev.preventDefault();
      pick(ev);
    }
  });
  $("ro-unselect").addEventListener("click", function () {
    state.pair = state.person = -1;
    drawEvents(count());
  });
  var more = $("ro-show-more");
  if (more) {
    more.addEventListener("click", function () {
      state.shown += L.events;
      drawEvents(count());
    });
    more.hidden = E.length <= state.shown;
  }

  // The server drew the page; make its rows selectable and show the controls.
  document.querySelectorAll("#ro-pairs tbody tr, #ro-matrix td[data-pair], #ro-people tbody tr").forEach(selectable);
  document.querySelectorAll("#ro-people th[data-sort]").forEach(function (th) { th.tabIndex = 0; th.classList.add("ro-pick"); });
  document.querySelectorAll(".ro-hint, #ro-range").forEach(function (x) { x.hidden = false; });
  document.documentElement.dataset.ready = "1";
  if (window.performance && performance.mark) performance.mark("ro-ready");
})();
