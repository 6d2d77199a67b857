// Tafel's page for the participants' phones (page.html loads it from the laptop). Plain ES5 and
// XMLHttpRequest so that a phone browser of five years ago runs it; nothing fetched from
// elsewhere. Every text from the laptop is set with textContent, never as HTML.
(function () {
  "use strict";

  var TEXT = {
    nl: {
      joinTitle: "Meedoen", joinHelp: "Typ de code die op de muur staat.", codeLabel: "Zaalcode",
      joinButton: "Meedoen", claimTitle: "Wie ben jij?",
      claimHelp: "Kies je eigen naam. Je telefoon onthoudt dit tot het einde van de bijeenkomst.",
      claimed: "al gekozen op een andere telefoon", waitTitle: "Even wachten",
      waitHelp: "De begeleider opent zo een vraag. Dit scherm verandert vanzelf.",
      chooseTitle: "Jouw keuze", readAlong: "Lees mee. Kiezen kan zodra de begeleider de keuzes opent.", sending: "Wordt verstuurd…",
      chosen: "Doorgegeven: {0}. Je kunt je keuze wijzigen tot de onthulling.",
      notChosenYet: "Tik op je keuze. Niemand ziet wat jij kiest tot de onthulling, en dan alleen per kleur.",
      answered: "{0} van {1} hebben gekozen.",
      revealHelp: "Wat de groep koos, per eerste kleur. Een kleur met minder dan drie mensen wordt niet apart getoond.",
      hands: "waarvan {0} met handen geteld",
      splitHidden: "Verdeling per kleur niet getoond: te weinig mensen.",
      mine: "jouw keuze", comfortTitle: "Comfortronde",
      comfortHelp: "Welk comfort heeft {0} nodig van de andere partijen?",
      comfortHelpNoOrg: "Welk comfort heeft jouw organisatie nodig van de andere partijen?",
      comfortLabel: "Jouw voorstel", comfortSend: "Voorstel insturen",
      comfortSent: "Ontvangen. De begeleider bekijkt je voorstel; het komt niet vanzelf op de muur.",
      proposalsTitle: "Jouw voorstellen", waiting: "ligt bij de begeleider", accepted: "overgenomen", setAside: "opzijgelegd",
      brings: "Brengt: {0}", wants: "Wil: {0}",
      comfortEmpty: "Schrijf eerst wat je organisatie nodig heeft.",
      profileOpen: "Mijn profiel bekijken", profileTitle: "Mijn profiel",
      profileHelp: "Alleen jij ziet dit op je telefoon.", back: "Terug",
      leave: "Dit ben ik niet",
      leaveAsk: "Je naam loskoppelen van deze telefoon?",
      stored: "Deze telefoon bewaart alleen een toegangscode (in de opslag van je browser); je antwoorden staan alleen op de laptop van de begeleider.",
      offline: "Geen verbinding met de laptop. We proberen het steeds opnieuw.",
      badCode: "Deze code klopt niet. Kijk nog eens op de muur.",
      roomClosed: "De zaal is gesloten. Vraag de begeleider om hem te openen.",
      taken: "Die naam is al gekozen op een andere telefoon. Vraag de begeleider om hem vrij te geven.",
      tooLate: "Te laat: dit is nu gesloten.",
      badText: "Dat ging niet: te lang, leeg, of er staan vreemde tekens in.",
      failed: "Dat lukte niet. Probeer het nog eens.",
      busy: "Even te veel tegelijk. Probeer het over een paar seconden nog eens.",
      released: "Je naam is losgekoppeld van deze telefoon. Doe opnieuw mee.",
      colours: { yellow: "Geel", green: "Groen", orange: "Oranje", blue: "Blauw", red: "Rood", purple: "Paars" }
    },
    en: {
      joinTitle: "Join", joinHelp: "Type the code shown on the wall.", codeLabel: "Room code",
      joinButton: "Join", claimTitle: "Who are you?",
      claimHelp: "Choose your own name. Your phone remembers it until the end of the meeting.",
      claimed: "already chosen on another phone", waitTitle: "Please wait",
      waitHelp: "The facilitator will open a question soon. This screen changes by itself.",
      chooseTitle: "Your choice", readAlong: "Read along. You can choose as soon as the facilitator opens the choices.", sending: "Sending…",
      chosen: "Received: {0}. You can change your choice until the reveal.",
      notChosenYet: "Tap your choice. Nobody sees what you choose until the reveal, and then only by colour.",
      answered: "{0} of {1} have chosen.",
      revealHelp: "What the group chose, by first colour. A colour with fewer than three people is not shown on its own.",
      hands: "of which {0} counted by hand",
      splitHidden: "Split by colour not shown: too few people.",
      mine: "your choice", comfortTitle: "Comfort round",
      comfortHelp: "What comfort does {0} need from the other parties?",
      comfortHelpNoOrg: "What comfort does your organisation need from the other parties?",
      comfortLabel: "Your proposal", comfortSend: "Send proposal",
      comfortSent: "Received. The facilitator reviews your proposal; it does not go on the wall by itself.",
      proposalsTitle: "Your proposals", waiting: "with the facilitator", accepted: "taken on", setAside: "set aside",
      brings: "Brings: {0}", wants: "Wants: {0}",
      comfortEmpty: "First write what your organisation needs.",
      profileOpen: "See my profile", profileTitle: "My profile",
      profileHelp: "Only you see this, on your phone.", back: "Back",
      leave: "This is not me",
      leaveAsk: "Unlink your name from this phone?",
      stored: "This phone keeps only an access code (in your browser's storage); your answers are kept only on the facilitator's laptop.",
      offline: "No connection to the laptop. Trying again all the time.",
      badCode: "This code is not right. Have another look at the wall.",
      roomClosed: "The room is closed. Ask the facilitator to open it.",
      taken: "That name was already chosen on another phone. Ask the facilitator to release it.",
      tooLate: "Too late: this is closed now.",
      badText: "That did not work: too long, empty, or with odd characters in it.",
      failed: "That did not work. Please try again.",
      busy: "Too much at once. Please try again in a few seconds.",
      released: "Your name was unlinked from this phone. Please join again.",
      colours: { yellow: "Yellow", green: "Green", orange: "Orange", blue: "Blue", red: "Red", purple: "Purple" }
    }
  };

  // The API as the laptop serves it (docs/room-api.yaml); every path in one place.
  var API = {
    join: "/api/join", claim: "/api/claim", release: "/api/release",
    state: "/api/state", answer: "/api/answer", comfort: "/api/comfort"
  };
  var POLL_MS = 1500;
  var TOKEN_KEY = "tafel.token", LANG_KEY = "tafel.language";

  var memory = {};
  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return memory[key] || null; }
  }
  function store(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); } else { window.localStorage.setItem(key, value); }
    } catch (e) { memory[key] = value; }
  }

  function $(id) { return document.getElementById(id); }
  function show(el, on) {
    var names = el.className.split(/\s+/), kept = [];
    for (var i = 0; i < names.length; i++) { if (names[i] && names[i] !== "hidden") { kept.push(names[i]); } }
    if (!on) { kept.push("hidden"); }
    el.className = kept.join(" ");
  }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function make(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    return el;
  }
  function fill(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (m, i) { return String(args[+i + 1]); });
  }

  function preferredLanguage() {
    var saved = load(LANG_KEY);
    if (saved === "nl" || saved === "en") { return saved; }
    var list = navigator.languages || [navigator.language || navigator.userLanguage || "nl"];
    for (var i = 0; i < list.length; i++) {
      var code = String(list[i]).toLowerCase().slice(0, 2);
      if (code === "nl" || code === "en") { return code; }
    }
    return "nl";
  }

  var app = {
    lang: preferredLanguage(), token: load(TOKEN_KEY), code: "", view: null,
    screen: "join", pending: null, profileOpen: false,
    timer: null, polling: false, failures: 0
  };
  function t(key) { return TEXT[app.lang][key]; }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, path, true);
    xhr.timeout = 10000;
    xhr.setRequestHeader("Accept", "application/json");
    if (app.token) { xhr.setRequestHeader("Authorization", "Bearer " + app.token); }
    if (body !== null) { xhr.setRequestHeader("Content-Type", "application/json"); }
    var finished = false;
    function finish() {
      if (finished) { return; }
      finished = true;
      var data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
      done(xhr.status, data);
    }
    xhr.onreadystatechange = function () { if (xhr.readyState === 4) { finish(); } };
    xhr.ontimeout = finish;
    xhr.onerror = finish;
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  // The one message for a failed request, by its status.
  function problem(status) {
    if (status === 0) { return t("offline"); }
    if (status === 409) { return t("taken"); }
    if (status === 423) { return t("tooLate"); }
    if (status === 422) { return t("badText"); }
    if (status === 429) { return t("busy"); }
    if (status === 503) { return t("roomClosed"); }
    return t("failed");
  }
  function say(id, text) {
    var el = $(id);
    el.textContent = text || "";
    show(el, !!text);
  }

  // ---- screens ----

  function translate() {
    document.documentElement.lang = app.lang;
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = t(nodes[i].getAttribute("data-t")); }
    $("lang-nl").className = app.lang === "nl" ? "chosen" : "";
    $("lang-en").className = app.lang === "en" ? "chosen" : "";
  }

  function go(screen) {
    app.screen = screen;
    var all = ["join", "claim", "wait", "card", "reveal", "comfort", "profile"];
    for (var i = 0; i < all.length; i++) { show($("s-" + all[i]), all[i] === screen); }
    var view = app.view;
    show($("profile-open"), screen !== "profile" && !!(view && view.profile) && !!app.token);
    show($("leave"), !!app.token);
    say("who", view && view.you ? view.you.name + (view.you.organisation ? " \u00b7 " + view.you.organisation : "") : "");
    $("title").textContent = view && view.title ? view.title : (app.joinedTitle || "Tafel");
  }

  function render() {
    translate();
    var view = app.view;
    if (!app.token || !view) { go(app.people ? "claim" : "join"); if (app.people) { renderPeople(); } return; }
    if (app.profileOpen && view.profile) { renderProfile(view.profile); go("profile"); return; }
    app.profileOpen = false;
    var round = view.round;
    if (round && (round.stage === "collecting" || round.stage === "card")) { renderCard(round); go("card"); return; }
    if (round && (round.stage === "reveal" || round.stage === "discussion") && round.results) { renderReveal(round); go("reveal"); return; }
    if (view.comfort) { renderComfort(view.comfort); go("comfort"); return; }
    go("wait");
  }

  function renderPeople() {
    var list = $("people");
    clear(list);
    var people = app.people || [];
    for (var i = 0; i < people.length; i++) {
      (function (person) {
        var button = make("button", null, person.name);
        if (person.organisation) { button.appendChild(make("span", "sub", person.organisation)); }
        if (person.claimed) {
          button.disabled = true;
          button.appendChild(make("span", "sub", t("claimed")));
        }
        button.onclick = function () { claim(person); };
        list.appendChild(button);
      })(people[i]);
    }
  }

  function optionText(round, index) {
    return round.options && index !== null && index !== undefined && round.options[index] !== undefined ? round.options[index] : "";
  }

  function renderCard(round) {
    $("card-title").textContent = round.title || "";
    $("card-situation").textContent = round.situation || "";
    var list = $("options");
    var open = round.stage === "collecting";
    show($("choose-title"), open);
    show(list, open);
    if (!open) { say("choice-status", t("readAlong")); say("answered", ""); return; }
    say("answered", round.of ? fill(t("answered"), round.answered || 0, round.of) : "");
    var chosen = app.pending ? app.pending.option : round.yourChoice;
    // The buttons are made once per card and only marked afterwards: a poll that replaced them
    // while a finger was on one would lose the tap.
    var key = round.number + "\n" + round.options.join("\n");
    if (list.getAttribute("data-key") !== key) {
      clear(list);
      list.setAttribute("data-key", key);
      for (var i = 0; i < round.options.length; i++) {
        (function (index) {
          var button = make("button", null, round.options[index]);
          button.onclick = function () { answer(app.view.round, index); };
          list.appendChild(button);
        })(i);
      }
    }
    for (var k = 0; k < list.childNodes.length; k++) { list.childNodes[k].className = chosen === k ? "chosen" : ""; }
    var status = app.pending ? t("sending")
      : (isChoice(round.yourChoice) ? fill(t("chosen"), optionText(round, round.yourChoice)) : t("notChosenYet"));
    say("choice-status", status);
  }

  function isChoice(value) { return typeof value === "number"; }

  function renderReveal(round) {
    $("reveal-title").textContent = round.title || "";
    var list = $("results");
    clear(list);
    for (var i = 0; i < round.results.length; i++) {
      var result = round.results[i];
      var box = make("div", i === round.yourChoice ? "result mine" : "result");
      box.appendChild(make("span", "count", result.count));
      var head = make("h2", null, result.option);
      box.appendChild(head);
      if (i === round.yourChoice) { box.appendChild(make("p", null, "(" + t("mine") + ")")); }
      if (result.hands) { box.appendChild(make("p", "legend", fill(t("hands"), result.hands))); }
      if (result.byColour && result.count > 0) {
        var bar = make("div", "bar"), legend = make("div", "legend"), total = 0, k;
        for (k = 0; k < result.byColour.length; k++) { total += result.byColour[k].count; }
        for (k = 0; k < result.byColour.length; k++) {
          var part = result.byColour[k];
          var piece = make("span", "c-" + part.colour);
          piece.style.width = (total ? (100 * part.count / total) : 0) + "%";
          bar.appendChild(piece);
          var item = make("span");
          item.appendChild(make("span", "swatch c-" + part.colour));
          item.appendChild(document.createTextNode(colourName(part.colour) + " " + part.count));
          legend.appendChild(item);
        }
        if (total > 0) { box.appendChild(bar); }
        box.appendChild(legend);
      } else if (result.count > result.hands) {
        box.appendChild(make("p", "legend", t("splitHidden")));
      }
      list.appendChild(box);
    }
  }

  function colourName(code) { return t("colours")[code] || code; }

  function renderComfort(comfort) {
    $("comfort-help").textContent = comfort.organisation ? fill(t("comfortHelp"), comfort.organisation) : t("comfortHelpNoOrg");
    if (comfort.maximumLength) { $("comfort-text").maxLength = comfort.maximumLength; }
    var list = $("proposals"), proposals = comfort.proposals || [];
    clear(list);
    show($("proposals-title"), proposals.length > 0);
    for (var i = 0; i < proposals.length; i++) {
      var item = make("p", "result", proposals[i].text);
      item.appendChild(make("span", "sub", t(proposals[i].status) || proposals[i].status));
      list.appendChild(item);
    }
  }

  function renderProfile(profile) {
    var bars = $("bars"), firsts = $("firsts"), i;
    clear(bars);
    clear(firsts);
    var scores = profile.scores || [];
    for (i = 0; i < scores.length; i++) {
      var row = make("div", "profile-row");
      row.appendChild(make("span", "name", colourName(scores[i].colour)));
      var track = make("span", "track"), fillEl = make("span", "c-" + scores[i].colour);
      fillEl.style.width = Math.max(0, Math.min(100, scores[i].score)) + "%";
      track.appendChild(fillEl);
      row.appendChild(track);
      row.appendChild(make("span", "value", scores[i].score));
      bars.appendChild(row);
    }
    var texts = [profile.first, profile.second];
    for (i = 0; i < texts.length; i++) {
      var about = texts[i];
      if (!about) { continue; }
      firsts.appendChild(make("h2", null, (i + 1) + ". " + (about.name || colourName(about.colour)) + (about.role ? " \u2013 " + about.role : "")));
      if (about.keywords && about.keywords.length) { firsts.appendChild(make("p", null, about.keywords.join(", "))); }
      if (about.brings) { firsts.appendChild(make("p", null, fill(t("brings"), about.brings))); }
      if (about.wants) { firsts.appendChild(make("p", null, fill(t("wants"), about.wants))); }
    }
  }

  // ---- actions ----

  function join() {
    var code = $("code").value.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
    if (!code) { say("join-error", t("badCode")); return; }
    say("join-error", "");
    $("join").disabled = true;
    request("POST", API.join, { code: code }, function (status, data) {
      $("join").disabled = false;
      if (status === 200 && data && data.people) {
        app.code = code;
        app.people = data.people;
        app.joinedTitle = data.title || "";
        render();
      } else {
        say("join-error", status === 403 || status === 404 ? t("badCode") : problem(status));
      }
    });
  }

  function claim(person) {
    say("claim-error", "");
    request("POST", API.claim, { code: app.code, person: person.id }, function (status, data) {
      if (status === 200 && data && data.token) {
        app.token = data.token;
        store(TOKEN_KEY, data.token);
        app.people = null;
        poll();
      } else {
        say("claim-error", problem(status));
        if (status === 409) { join(); }
      }
    });
  }

  function answer(round, option) {
    app.pending = { round: round.number, option: option };
    say("answer-error", "");
    renderCard(round);
    request("POST", API.answer, { round: round.number, option: option }, function (status) {
      var pending = app.pending;
      app.pending = null;
      if (status === 200 || status === 204) {
        if (app.view && app.view.round && app.view.round.number === pending.round) { app.view.round.yourChoice = pending.option; }
      } else if (status === 401) {
        forget(t("released"));
        return;
      } else {
        say("answer-error", problem(status));
      }
      render();
      poll();
    });
  }

  function sendComfort() {
    var text = $("comfort-text").value.replace(/^\s+|\s+$/g, "");
    if (!text) { say("comfort-error", t("comfortEmpty")); return; }
    say("comfort-error", "");
    say("comfort-sent", "");
    $("comfort-send").disabled = true;
    request("POST", API.comfort, { text: text }, function (status) {
      $("comfort-send").disabled = false;
      if (status === 200 || status === 204) {
        $("comfort-text").value = "";
        say("comfort-sent", t("comfortSent"));
        poll();
      } else if (status === 401) {
        forget(t("released"));
      } else {
        say("comfort-error", problem(status));
      }
    });
  }

  function leave() {
    if (!window.confirm(t("leaveAsk"))) { return; }
    request("POST", API.release, {}, function () { forget(""); });
  }

  // Back to joining: the token is no longer this phone's (released, or the room was opened anew).
  function forget(message) {
    app.token = null;
    app.view = null;
    app.people = null;
    store(TOKEN_KEY, null);
    render();
    say("join-error", message);
  }

  function poll() {
    if (app.timer) { window.clearTimeout(app.timer); app.timer = null; }
    if (!app.token) { return; }
    if (app.polling) { return; }
    app.polling = true;
    request("GET", API.state, null, function (status, data) {
      app.polling = false;
      if (status === 200 && data) {
        app.failures = 0;
        say("offline", "");
        app.view = data;
        // Drawn again only when something changed, so a finger on a button keeps its button.
        var text = JSON.stringify(data);
        if (!app.pending && text !== app.drawn) { app.drawn = text; render(); }
      } else if (status === 401) {
        forget(t("released"));
        return;
      } else {
        app.failures += 1;
        say("offline", status === 503 ? t("roomClosed") : t("offline"));
      }
      // A phone that cannot reach the laptop asks less often, up to every ten seconds.
      var wait = Math.min(10000, POLL_MS * Math.max(1, app.failures));
      app.timer = window.setTimeout(poll, wait);
    });
  }

  function setLanguage(lang) {
    app.lang = lang;
    store(LANG_KEY, lang);
    render();
  }

  // ---- start ----

  $("join").onclick = join;
  $("code").onkeydown = function (event) { if ((event.keyCode || event.which) === 13) { join(); } };
  $("comfort-send").onclick = sendComfort;
  $("profile-open").onclick = function () { app.profileOpen = true; render(); };
  $("profile-close").onclick = function () { app.profileOpen = false; render(); };
  $("lang-nl").onclick = function () { setLanguage("nl"); };
  $("lang-en").onclick = function () { setLanguage("en"); };
  $("leave").onclick = leave;
  // A phone back from a locked screen asks at once rather than at the next tick.
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { poll(); } });

  // The wall's QR code carries the room code as the address's path (/K7QX5): a phone that
  // scanned it joins at once, and the address bar goes back to the page's own.
  var given = /^\/([0-9A-Za-z]{5})$/.exec(window.location.pathname) ||
    /[?&#](?:code=)?([0-9A-Za-z]{3,12})$/.exec(window.location.search + window.location.hash);
  if (given) {
    $("code").value = given[1].toUpperCase();
    if (window.history && window.history.replaceState) { window.history.replaceState(null, "", "/"); }
  }
  render();
  poll();
  if (given && !app.token) { join(); }
}());
