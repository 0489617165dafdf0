"""The extension in real headless Chromium, driven by Selenium.

Loads the unpacked extension (--load-extension) into a fresh profile, registers the NoteAudit
host for that profile (`noteaudit native-host install --user-data-dir`), turns on "Allow access
to file URLs" for the extension in chrome://extensions (as a therapist would for a local page),
opens test-page/emr.html through file://, types a weak note into the note field and expects the
panel to show the missing minutes; then types a minutes line and expects that finding to go and
the grade to change. Run it with Scripts/test-extension.sh, which makes the virtual environment.

    python extension_test.py --noteaudit .build/debug/noteaudit [--screenshot Docs/images/extension.png]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = Path(__file__).resolve().parent
EXTENSION = HERE.parent
PAGE = EXTENSION / "test-page" / "emr.html"
EXTENSION_ID = "celbacjmghdhiefimialomibcodchaji"

WEAK_NOTE = (
    "PT Daily Note\n"
    "Sit-to-stand transfers from 18\" chair x5 with CGA. Verbal cues for hand placement.\n"
    "Pt tolerated treatment well. Continue per POC.\n"
)
MINUTES = "Therapeutic activities (97530): 23 min. Total treatment time 30 min.\n"
MISSING_MINUTES = "no direct treatment minutes"


def find(names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    sys.exit(f"FAIL: none of {', '.join(names)} is installed (Scripts/setup.sh --browser installs them)")


def panel_state(driver):
    """(grade, score, text) of the NoteAudit panel, or None while it is not shown."""
    return driver.execute_script(
        """
        const host = document.getElementById('noteaudit-panel');
        if (!host || host.style.display === 'none' || !host.shadowRoot) return null;
        const root = host.shadowRoot;
        const grade = root.querySelector('.grade');
        const score = root.querySelector('.score');
        return [grade ? grade.textContent : '', score ? score.textContent : '', root.querySelector('.panel').textContent];
        """
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--noteaudit", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    noteaudit = str(Path(args.noteaudit).resolve())
    chromium = find(["chromium", "chromium-browser", "google-chrome"])
    chromedriver = find(["chromedriver"])

    profile = Path(tempfile.mkdtemp(prefix="noteaudit-extension-"))
    driver = None
    try:
        subprocess.run(
            [noteaudit, "native-host", "install", "--browser", "chromium", "--user-data-dir", str(profile)],
            check=True, stdout=subprocess.DEVNULL,
        )
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1280,900",
            f"--user-data-dir={profile}", f"--load-extension={EXTENSION}",
            f"--disable-extensions-except={EXTENSION}",
        ]:
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(chromedriver))
        wait = WebDriverWait(driver, args.timeout, poll_frequency=0.05)

        # chrome://extensions: the extension is there with its fixed id; allow it on file:// pages.
        driver.get(f"chrome://extensions/?id={EXTENSION_ID}")
        toggle = wait.until(lambda d: d.execute_script(
            """
            const manager = document.querySelector('extensions-manager');
            const detail = manager && manager.shadowRoot.querySelector('extensions-detail-view');
            return detail ? detail.shadowRoot.querySelector('#allow-on-file-urls') : null;
            """))
        if not driver.execute_script("return arguments[0].checked", toggle):
            driver.execute_script("arguments[0].click()", toggle)
        wait.until(lambda d: d.execute_script("return arguments[0].checked", toggle))
        time.sleep(0.5)  # the extension reloads with its new access

        driver.get(PAGE.as_uri())
        wait.until(lambda d: d.execute_script("return !!document.getElementById('noteaudit-panel')"))
        note = driver.find_element(By.ID, "note")
        note.click()
        note.send_keys(WEAK_NOTE)
        start = time.monotonic()
        before = wait.until(lambda d: (s := panel_state(d)) and MISSING_MINUTES in s[2] and s)
        print(f"weak note: grade {before[0]}, score {before[1]}, shown after {time.monotonic() - start:.2f} s")
        assert "tolerated treatment well" in before[2], "the vague phrase is listed"

        # Clicking the vague phrase selects it in the field.
        driver.execute_script(
            "document.getElementById('noteaudit-panel').shadowRoot.querySelector('ul.vague li').click()")
        selected = driver.execute_script(
            "const n = document.getElementById('note'); return n.value.slice(n.selectionStart, n.selectionEnd)")
        assert selected.lower() == "tolerated treatment well", f"selected {selected!r}"

        if args.screenshot:
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(args.screenshot)
            print(f"screenshot: {args.screenshot}")

        note.send_keys(Keys.END)
        driver.execute_script("const n = document.getElementById('note'); n.setSelectionRange(n.value.length, n.value.length)")
        note.send_keys(MINUTES)
        after = wait.until(lambda d: (s := panel_state(d)) and MISSING_MINUTES not in s[2] and s[0] != before[0] and s)
        print(f"with minutes: grade {after[0]}, score {after[1]}")
        assert before[0] == "weak" and after[0] != "weak", (before, after)
        print("1 passed, 0 failed")
        return 0
    except Exception as error:  # noqa: BLE001 - report any failure with the page state
        state = panel_state(driver) if driver else None
        print(f"FAIL: {type(error).__name__}: {error}\npanel: {state}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
