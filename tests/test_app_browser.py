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


@pytest.fixture
def server(seed_index):
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


@pytest.fixture
def browser():
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
    target = os.environ.get("PANELSEARCH_SCREENSHOT")
    if target:  # `make screenshot` refreshes the README's picture from this test
        time.sleep(3)  # let the last elements finish drawing
        browser.save_screenshot(target)
    first_card = browser.find_element(By.ID, "passage-1")
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
