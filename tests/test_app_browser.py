"""End to end: `streamlit run app.py` driven by Debian's headless Chromium through Selenium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"),
    reason="Debian chromium and chromium-driver not installed (make test installs them)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_index):
    """One app server for this module's tests (each test opens its own browser)."""
    port = _free_port()
    env = dict(os.environ, PANELSEARCH_INDEX=str(seed_index))
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("streamlit did not start")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def _chromium():
    """One headless Chromium for the module (starting one costs seconds of CPU)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1100"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def browser(_chromium):
    """The module's browser at desktop size on a blank page: each test opens its own app
    session by loading the app's address."""
    _chromium.get("about:blank")
    _chromium.set_window_size(1400, 1100)
    return _chromium


def test_linked_dorset_cctv_question_in_a_real_browser(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server}/?q=What+did+Dorset+decide+on+CCTV")
    wait = WebDriverWait(browser, 120)
    answer = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "div.ps-answer")))
    assert "The Dorset papers do not discuss CCTV" in answer.text
    assert "West Mercia" in answer.text
    box = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "input[aria-label='Your question']")))
    assert box.get_attribute("value") == "What did Dorset decide on CCTV"
    first_card = wait.until(ec.presence_of_element_located((By.ID, "passage-1")))  # drawn after the answer
    assert "West Mercia" in first_card.text and "CCTV" in first_card.text

    link = answer.find_element(By.CSS_SELECTOR, 'a[href="#passage-1"]')
    link.click()
    wait.until(lambda d: d.execute_script("return window.location.hash") == "#passage-1")
    top = browser.execute_script(
        "return document.getElementById('passage-1').getBoundingClientRect().top")
    assert 0 <= top < browser.get_window_size()["height"]

    shot = tmp_path / "dorset-cctv.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_topic_timeline_links_each_meeting_to_its_item(server, browser):
    from urllib.parse import quote_plus

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 120)
    browser.get(f"{server}/?q={quote_plus('What did the panels say about victims of crime?')}")
    _answer_text(browser, wait)
    # Streamlit's own icons are SVGs too, and the chart may still be arriving: wait for its dots
    chart = "svg[aria-label^='Meetings that discussed']"
    dots = wait.until(lambda d: len(found := d.find_elements(By.CSS_SELECTOR, f"{chart} circle")) >= 3
                      and found)
    links = browser.find_elements(By.CSS_SELECTOR, f"{chart} a")
    assert len(links) == len(dots)
    assert all("page=Browse" in (a.get_dom_attribute("href") or "") for a in links)
    labels = browser.find_elements(By.CSS_SELECTOR, f"{chart} text")
    assert {"Dorset", "Essex", "Leicestershire"} <= {t.text for t in labels}
    target = os.environ.get("PANELSEARCH_SCREENSHOT")
    if target:  # `make screenshot` refreshes the README's picture from this test
        time.sleep(2)  # let the last elements finish drawing
        browser.save_screenshot(target)
    dots[-1].click()  # a dot (the last drawn is on top) opens its item on the Browse page
    wait.until(lambda d: "page=Browse" in d.current_url and "item=" in d.current_url)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "details[open]"))  # its item is open


def _answer_text(browser, wait, previous: str | None = None) -> str:
    from selenium.webdriver.common.by import By

    def ready(driver):
        found = driver.find_elements(By.CSS_SELECTOR, "div.ps-answer")
        return found and found[0].text and found[0].text != previous and found[0].text

    return wait.until(ready)


def test_three_questions_in_one_tab_back_and_a_shared_link(server, browser):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    # Streamlit redraws elements as answers arrive: a found element may go stale
    wait = WebDriverWait(browser, 120, ignored_exceptions=[StaleElementReferenceException])
    browser.get(server)
    selector = (By.CSS_SELECTOR, "input[aria-label='Your question']")
    answers = []
    for question, expected in [("How large is the Essex general reserve?", "13.2m"),
                               ("What did Dorset decide on CCTV?", "do not discuss CCTV"),
                               ("What did West Mercia decide about CCTV funding?", "65,000")]:
        box = wait.until(ec.element_to_be_clickable(selector))
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(question + Keys.ENTER)
        wait.until(lambda d, e=expected: e in d.find_element(By.CSS_SELECTOR, "div.ps-answer").text)
        wait.until(lambda d, q=question: _address_question(d.current_url) == q)
        time.sleep(0.5)  # the box must not snap back once the address has caught up
        assert wait.until(lambda d: d.find_element(*selector).get_attribute("value")) == question
        answers.append(wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "div.ps-answer").text))
    browser.back()
    wait.until(lambda d: d.find_element(*selector).get_attribute("value")
               == "What did Dorset decide on CCTV?")

    shared = f"{server}/?q=What+was+said+about+CCTV%3F&panel=West+Mercia&type=minutes"
    browser.get(shared)
    _answer_text(browser, wait)
    cards = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "div.ps-card"))  # drawn after the answer
    assert all("West Mercia" in card.text for card in cards)


def _address_question(url: str) -> str | None:
    from urllib.parse import parse_qs, urlparse

    return (parse_qs(urlparse(url).query).get("q") or [None])[0]


def test_usable_at_phone_width(server, browser):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(390, 844)
    browser.get(f"{server}/?q=What+did+Dorset+decide+on+CCTV")
    wait = WebDriverWait(browser, 120, ignored_exceptions=[StaleElementReferenceException])
    _answer_text(browser, wait)
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400  # no sideways scrolling
    link = browser.find_element(By.CSS_SELECTOR, "div.ps-answer a")
    assert link.get_attribute("aria-label").startswith("Citation 1: West Mercia")
