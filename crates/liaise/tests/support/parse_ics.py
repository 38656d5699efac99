#!/usr/bin/env python3
"""An independent reading of a calendar file for the tests: Python's icalendar parses it and the
events come out as JSON (uid, start, end, summary, description, dtstamp)."""

import json
import sys

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    cal = Calendar.from_ical(f.read())
events = []
for e in cal.walk("VEVENT"):
    events.append({
        "uid": str(e.get("UID")),
        "start": e.decoded("DTSTART").isoformat(),
        "end": e.decoded("DTEND").isoformat(),
        "summary": str(e.get("SUMMARY")),
        "description": str(e.get("DESCRIPTION")),
        "dtstamp": e.decoded("DTSTAMP").isoformat(),
    })
print(json.dumps({"version": str(cal.get("VERSION")), "prodid": str(cal.get("PRODID")), "events": events}))
