"""Checks benchmark: every rule over a 2,000-word statement, as on each save (target: under 50 ms).

    python -m bench.checks [--words 2000] [--runs 200]

The statement mixes what press text holds: paragraphs of varied sentences, Markdown links and a bare address,
phone numbers and short codes, quotes, a reference number, and words several rules look for; the case is at
trial and a pre-election period is on, so every rule family does its full work. Each run changes one word,
so no result comes from the engine's cache; the cached figure is given separately.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

PARAGRAPHS = (
    "Officers from Westshire Police are appealing for witnesses after a man was assaulted on Station Road in "
    "Eastfield at about 10.45pm on Friday. The victim, a man in his forties, was taken to hospital with injuries "
    "that are not thought to be life-threatening.",
    "Anyone with information should call 101 quoting reference 14/999/26, or contact Crimestoppers anonymously "
    "on 0800 555 111. If you see a crime in progress, or someone is in immediate danger, always call 999.",
    "A 34-year-old man from Eastfield has been charged with assault occasioning actual bodily harm and will "
    "appear at Westshire Magistrates' Court on Monday. We will utilise every resource to support the victim.",
    "Read [our advice on staying safe at night](https://www.westshire.police.uk/advice) or visit "
    "www.westshire.police.uk/report for other ways to get in touch. Forward scam texts to 7726 free of charge.",
    'Detective Inspector Jo Bloggs said: "We know incidents like this cause concern, and I want to reassure the '
    'community that we are working around the clock with our partners in order to keep people safe."',
    "Patrols will be increased in the town centre over the coming weeks, and officers will be visiting licensed "
    "premises to talk to staff about how to report incidents quickly and safely.",
)


def statement(words: int, salt: int):
    from statements.checks import QuoteIn, RouteIn, Subject

    body, count, i = [], 0, 0
    while count < words:
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)]
        body.append(paragraph)
        count += len(paragraph.split())
        i += 1
    body.append(f"Run {salt}.")
    return Subject(
        today=date(2028, 4, 10), title="Man charged after Eastfield assault", summary=PARAGRAPHS[0],
        body="\n\n".join(body), kind="press_release", case_stage="trial", topics=("knife-crime",),
        quotes=(QuoteIn("We are working with partners to keep people safe.", "Andrew Sinclair",
                        "Police and Crime Commissioner"),),
        routes=(RouteIn("police-emergency-999", "Police emergency", "999"),
                RouteIn("crimestoppers", "Crimestoppers", "0800 555 111", "https://crimestoppers-uk.org")),
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from statements.checks import Checks, ChecksConfig
    from statements.checks.config import ElectionPeriod

    started = time.perf_counter()
    config = ChecksConfig(
        election_periods=(ElectionPeriod("PCC election", date(2028, 3, 27), date(2028, 5, 4)),),
        roles=("Police and Crime Commissioner",), required_routes={"knife-crime": ("fearless",)},
    )  # fmt: skip
    checks = Checks(config)
    print(f"start-up (textstat dictionary loaded) {(time.perf_counter() - started) * 1000:.0f} ms")
    sample = statement(args.words, 0)
    print(f"statement: {len(sample.body.split())} words, {len(checks.run(sample))} findings")
    times, cpu = [], []
    for salt in range(1, args.runs + 1):
        subject = statement(args.words, salt)
        started, started_cpu = time.perf_counter(), time.process_time()
        checks.run(subject)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"uncached wall clock: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
          f"over {args.runs} runs")  # fmt: skip
    print(
        f"uncached CPU time (what the checks cost, without waiting for a core): median {statistics.median(cpu):.1f} ms"
    )
    started = time.perf_counter()
    for _ in range(args.runs):
        checks.run(sample)
    print(f"cached (same wording again): {(time.perf_counter() - started) * 1000 / args.runs:.3f} ms")


if __name__ == "__main__":
    main()
