#!/usr/bin/env python3
"""The phones' page in a real browser against the real binary (issue 15).

Tafel runs with the room open in its own tmux server; headless Chromium, driven by Selenium
through Debian's chromium-driver, plays one participant's phone: join with the room code, claim a
name, answer, change the answer, see the reveal after the facilitator's PgDn, propose a comfort
need that the facilitator takes on with C and Enter (and undoes with u), and see one's own profile. Throughout, the
browser's network log must show no request to anywhere but the laptop's address.

Run by TafelCLITests/BrowserEndToEndTests (so `swift test` runs it where the browser is
installed); alone: python3 Tests/Browser/phones_in_chromium.py --tafel .build/debug/tafel
Exit status 0 when every step passed; each step prints one line.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

WAIT = 30  # seconds for anything to appear; generous for a busy two-core machine


class Failure(Exception):
    pass


def step(text):
    print("ok:", text, flush=True)


def until(what, probe, timeout=WAIT):
    """Polls `probe` until it returns something truthy; fails naming `what`."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = probe()
            if last:
                return last
        except Exception as error:  # a stale element while the page redraws: try again
            last = error
        time.sleep(0.2)
    raise Failure("waited %d s for %s (last: %r)" % (timeout, what, last))


class Laptop:
    """The facilitator's Tafel in a detached tmux server of its own."""

    def __init__(self, tafel, folder, port):
        self.socket = "tafel-browser-%d" % os.getpid()
        self.folder = folder
        command = "%s open w.json --lang nl --room --listen 127.0.0.1:%d; echo EXIT=$?; sleep 600" % (
            tafel, port)
        environment = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "36",
             "-c", folder, command], check=True, env=environment)

    def screen(self):
        return subprocess.run(
            ["tmux", "-L", self.socket, "capture-pane", "-p"], capture_output=True, text=True).stdout

    def keys(self, *keys):
        subprocess.run(["tmux", "-L", self.socket, "send-keys"] + list(keys), check=True)

    def wait_for(self, text):
        return until("the laptop to show %r" % text, lambda: text in self.screen() and self.screen())

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def browser(language):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=390,844", "--lang=" + language,
                     # Chromium's own background traffic (updates, safe browsing) is not the page's.
                     "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--disable-sync"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def visible(driver, element_id):
    element = driver.find_element(By.ID, element_id)
    return element.is_displayed() and element


def saved(folder):
    with open(os.path.join(folder, "w.json"), encoding="utf-8") as file:
        return json.load(file)


def run(tafel, folder):
    subprocess.run([tafel, "demo", "--output", "w.json"], cwd=folder, check=True,
                   capture_output=True)
    port = free_port()
    base = "http://127.0.0.1:%d" % port
    laptop = Laptop(tafel, folder, port)
    driver = None
    try:
        opened = laptop.wait_for("Zaal open")
        code = re.search(r"code ([A-Z0-9]{5})", opened).group(1)
        step("the room is open on %s with code %s" % (base, code))
        laptop.keys("4")
        laptop.keys("NPage")
        laptop.keys("NPage")
        laptop.wait_for("Keuzes: 0 van 14 binnen")

        driver = browser("nl")
        # The wall's QR code holds the address with the room code as its path: a phone that
        # scanned it lands on the list of names without typing, and the code leaves the address bar.
        driver.get(base + "/" + code)
        until("the list of names straight from the scanned address",
              lambda: visible(driver, "s-claim") and
              driver.find_elements(By.CSS_SELECTOR, "#people button"))
        if driver.current_url.rstrip("/") != base:
            raise Failure("the room code stayed in the address bar: %r" % driver.current_url)
        step("the scanned address %s/%s joined without typing" % (base, code))

        driver.get(base + "/")
        until("the join screen", lambda: visible(driver, "s-join"))
        heading = driver.find_element(By.CSS_SELECTOR, "#s-join h1").text
        if heading != "Meedoen":
            raise Failure("a Dutch browser sees %r, not Meedoen" % heading)
        driver.find_element(By.ID, "code").send_keys(code.lower())
        driver.find_element(By.ID, "join").click()
        people = until("the list of names", lambda: visible(driver, "s-claim") and
                       driver.find_elements(By.CSS_SELECTOR, "#people button"))
        step("joined with the room code; %d names to claim" % len(people))
        name = people[0].text.split("\n")[0]
        people[0].click()
        person = [p["id"] for p in saved(folder)["participants"] if p["name"] == name]
        if len(person) != 1:
            raise Failure("the claimed name %r is not one participant" % name)
        person = person[0]
        until("the card with its options", lambda: visible(driver, "s-card") and
              len(driver.find_elements(By.CSS_SELECTOR, "#options button")) >= 2)
        who = driver.find_element(By.ID, "who").text
        if name not in who:
            raise Failure("the phone shows %r, not the claimed %r" % (who, name))
        step("claimed %s; the card shows" % name)

        def choose(index):
            buttons = driver.find_elements(By.CSS_SELECTOR, "#options button")
            option = buttons[index].text
            buttons[index].click()
            until("the choice %r acknowledged" % option,
                  lambda: "Doorgegeven: " + option in driver.find_element(By.ID, "choice-status").text)
            until("the choice in the saved file",
                  lambda: saved(folder)["dilemmaRounds"][-1].get("choices", {}).get(person) == index)
            return option

        first = choose(2)
        laptop.wait_for("Keuzes: 1 van 14 binnen")
        step("answered %r: acknowledged, saved, counted on the laptop" % first)
        second = choose(0)
        laptop.wait_for("Keuzes: 1 van 14 binnen")
        marked = driver.find_elements(By.CSS_SELECTOR, "#options button.chosen")
        if len(marked) != 1 or marked[0].text != second:
            raise Failure("after the change the phone marks %r" % [m.text for m in marked])
        step("changed the answer to %r: still one in, the file holds the new one" % second)

        laptop.keys("NPage")
        until("the reveal", lambda: visible(driver, "s-reveal") and
              driver.find_elements(By.CSS_SELECTOR, "#results .result"))
        results = driver.find_elements(By.CSS_SELECTOR, "#results .result")
        mine = driver.find_elements(By.CSS_SELECTOR, "#results .result.mine")
        if len(mine) != 1 or second not in mine[0].text or "1" not in mine[0].text.split("\n")[0]:
            raise Failure("the reveal does not show one vote for %r as mine: %r" % (
                second, [r.text for r in results]))
        step("the reveal after PgDn: %d options, one vote for %r, marked as mine" % (
            len(results), second))

        laptop.keys("3")
        laptop.wait_for("Impasse")
        for _ in range(6):
            if "┌ Vertragen om te versnellen" in laptop.screen():
                break
            laptop.keys("]")
            time.sleep(1)
        laptop.wait_for("┌ Vertragen om te versnellen")
        until("the comfort round on the phone", lambda: visible(driver, "s-comfort"))
        proposal = "Tijd om de nieuwe werkwijze samen te oefenen <b>niet vet</b>"
        driver.find_element(By.ID, "comfort-text").send_keys(proposal)
        driver.find_element(By.ID, "comfort-send").click()
        until("the proposal received", lambda: visible(driver, "comfort-sent"))
        until("the proposal listed as waiting",
              lambda: "ligt bij de begeleider" in driver.find_element(By.ID, "proposals").text)
        if driver.find_elements(By.CSS_SELECTOR, "#proposals b"):
            raise Failure("the proposal's text became markup on the page")
        laptop.wait_for("Nieuw comfortvoorstel van")
        laptop.keys("C")
        laptop.wait_for("Tijd om de nieuwe werkwijze samen te oefenen")
        laptop.keys("Enter")
        laptop.wait_for("Overgenomen als comfortbehoefte")
        until("the need in the saved file", lambda: any(
            need["text"] == proposal for need in saved(folder).get("comfortNeeds", [])))
        until("the phone to see it taken on",
              lambda: "overgenomen" in driver.find_element(By.ID, "proposals").text)
        laptop.keys("Escape")
        step("proposed a comfort need; C and Enter on the laptop took it on; the phone saw it")
        # Undone on the laptop, it is no longer taken on: the phone follows the workshop. (Esc
        # and u at once would read as Alt-u: the queue must be closed first.)
        until("the queue closed", lambda: "Comfortvoorstellen uit de zaal" not in laptop.screen())
        laptop.keys("u")
        until("the need out of the saved file", lambda: not any(
            need["text"] == proposal for need in saved(folder).get("comfortNeeds", [])))
        until("the phone to see it waiting again",
              lambda: "ligt bij de begeleider" in driver.find_element(By.ID, "proposals").text and
              "overgenomen" not in driver.find_element(By.ID, "proposals").text)
        step("u on the laptop undid it; the phone shows it waiting again")

        until("the profile button", lambda: visible(driver, "profile-open")).click()
        rows = until("the own profile", lambda: visible(driver, "s-profile") and
                     driver.find_elements(By.CSS_SELECTOR, "#bars .profile-row"))
        if len(rows) != 6:
            raise Failure("the profile shows %d colours" % len(rows))
        driver.find_element(By.ID, "profile-close").click()
        step("the own profile: six colours")

        driver.find_element(By.ID, "lang-en").click()
        until("English", lambda: "answers are kept only on the facilitator's laptop" in
              driver.find_element(By.TAG_NAME, "footer").text)
        empty = driver.execute_script(
            "var n = document.querySelectorAll('[data-t]'), e = [];"
            "for (var i = 0; i < n.length; i++) { if (!n[i].textContent) e.push(n[i].getAttribute('data-t')); }"
            "return e;")
        if empty:
            raise Failure("texts missing in English: %r" % empty)
        step("switched to English; every text has a translation")

        check_network(driver, base, code)
        step("the browser asked nothing of any address but %s" % base)
    except Failure:
        # What both screens showed, for whoever reads the CI log.
        print("--- the laptop:\n" + laptop.screen(), flush=True)
        if driver is not None:
            print("--- the phone:\n" + driver.find_element(By.TAG_NAME, "body").text, flush=True)
            for entry in driver.get_log("browser"):
                print("console:", entry["message"], flush=True)
        raise
    finally:
        if driver is not None:
            driver.quit()
        laptop.keys("q")
        laptop.close()


def check_network(driver, base, code):
    """Every request the page made went to the laptop; the page came with its policy, its script
    and style from the laptop with their own types."""
    requests, policy, types = [], None, {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
        if message["method"] == "Network.responseReceived":
            response = message["params"]["response"]
            headers = {k.lower(): v for k, v in response["headers"].items()}
            if response["url"].rstrip("/") in (base, base + "/" + code):
                policy = headers.get("content-security-policy")
            for path in ["/page.js", "/page.css"]:
                if response["url"] == base + path:
                    types[path] = (headers.get("content-type"), headers.get("x-content-type-options"))
    outside = [url for url in requests if not (url == base or url.startswith(base + "/"))
               and not url.startswith("data:")]
    if outside:
        raise Failure("requests outside the laptop: %r" % outside)
    if not requests:
        raise Failure("the performance log holds no requests at all")
    if not policy or "default-src 'none'" not in policy or "unsafe" in policy \
            or "script-src 'self'" not in policy or "style-src 'self'" not in policy:
        raise Failure("the page came without a strict policy: %r" % policy)
    wanted = {"/page.js": ("text/javascript; charset=utf-8", "nosniff"),
              "/page.css": ("text/css; charset=utf-8", "nosniff")}
    if types != wanted:
        raise Failure("the page's script and style came as %r" % types)
    violations = [e["message"] for e in driver.get_log("browser")
                  if "Content Security Policy" in e["message"]]
    if violations:
        raise Failure("the policy blocked part of the page: %r" % violations)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tafel", required=True)
    parser.add_argument("--timeout", type=int, default=300)
    arguments = parser.parse_args()
    tafel = os.path.abspath(arguments.tafel)
    # Bounded whatever happens: the CI must not hang on a browser that never answers.
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Failure("out of time")))
    signal.alarm(arguments.timeout)
    folder = tempfile.mkdtemp(prefix="tafel-browser-")
    try:
        run(tafel, folder)
    except Failure as failure:
        print("FAILED:", failure, flush=True)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("all steps passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
