#!/usr/bin/env python3
"""Writes the e-mail test fixtures with Python's `email` package, a tool other than liaise.

    python3 testdata/mail/make_mail.py          # from the repository root; needs soffice

The fixtures are committed; this script says how they were made. README.md beside it says what
each file holds and what an importer should make of it. Everything is synthetic: names,
addresses (example.org, example.com), Message-IDs.

What it writes, all in this folder:

- `three.mbox`: classic mbox ("From " separator line before each message, a blank line after
  each). Body lines that begin with "From " are escaped to ">From " (no line of the original
  messages begins with ">From ", so the file reads the same as mboxo and as mboxrd). Messages:
  (a) a 3GPP sender, multipart/mixed: text/plain cover note + ../ls/3gpp/s4-231450.docx
      (base64, the wordprocessingml Content-Type, filename S4-231450.docx);
  (b) multipart/mixed: multipart/alternative (text/plain + text/html cover note) + a PDF made by
      LibreOffice from ../ls/itu/fg-mv-ls1.docx (filename FG-MV-LS1.pdf);
  (c) a datatracker notification whose text/plain body (utf-8, quoted-printable) is
      ../ls/ietf/ietf-mail-iab-dt.txt unchanged; the Subject carries an RFC 2047 encoded-word.
- `single-docx.eml` (= a), `notification.eml` (= c): the same messages alone, no "From " line,
  no >From escaping.
- `no-statement.eml`: "lunch on Friday?" with a tiny .png: not a statement.
- `windows-1252.eml`: a text/plain; charset=windows-1252, 8bit body holding an ITU-T statement
  in "Label: value" lines, with CRLF line ends (as saved on Windows); the é, the en dash and the
  curly quotes are single windows-1252 bytes (0xE9, 0x96, 0x93/0x94), not UTF-8.

Everything but the PDF is byte-for-byte reproducible (fixed dates, Message-IDs and MIME
boundaries). The PDF is made afresh each run with
    soffice -env:UserInstallation=file:///tmp/lo-prof --headless --convert-to pdf ...
and carries its creation time, so `three.mbox` message (b) changes whenever this script is run.
"""

import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from email.message import EmailMessage
from email.policy import default
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LS = HERE.parent / "ls"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# LF line ends for the mbox and the .eml files made with EmailMessage (the way they sit in a
# Unix mail folder); windows-1252.eml is written by hand with CRLF.
LF = default.clone(linesep="\n", max_line_length=78)


def headers(msg, *, sender, to, subject, date, msgid, cc=None):
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["MIME-Version"] = "1.0"


def fix_boundaries(msg, stem):
    """Replaces the random MIME boundaries by fixed ones, so that reruns give the same bytes, and
    drops the MIME-Version header EmailMessage puts on every added part (mailers write it once)."""
    n = 0
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_{stem}_{n}_=")


def message_a():
    msg = EmailMessage(policy=LF)
    headers(
        msg,
        sender="Maria Koch <maria.koch@example.com>",
        to="ITU-T SG16 liaisons <sg16-liaisons@example.org>, ETSI ISG ARF <isg-arf@example.org>",
        cc="3GPP SA2 <3gpp-sa2@example.org>, 3GPP RAN1 <3gpp-ran1@example.org>",
        subject="LS on split rendering for AR/MR devices",
        date="Fri, 25 Aug 2023 16:42:07 +0200",
        msgid="<s4-231450.20230825144207.1@mail.example.com>",
    )
    # The second paragraph starts a line with "From " on purpose: it must be >From-escaped in the
    # mbox and left alone in the .eml.
    msg.set_content(
        "Dear colleagues,\n"
        "\n"
        "Please find attached the liaison statement S4-231450 approved at\n"
        "3GPP TSG SA WG4 Meeting #125 (Toulouse, 21 - 25 August 2023).\n"
        "From SA4's side, a reply would be welcome before our meeting #126\n"
        "in November.\n"
        "\n"
        "Best regards,\n"
        "Maria Koch\n"
        "3GPP SA4 (on behalf of the SA4 Chair)\n"
    )
    msg.add_attachment(
        (LS / "3gpp" / "s4-231450.docx").read_bytes(),
        maintype="application",
        subtype=DOCX_TYPE.split("/", 1)[1],
        filename="S4-231450.docx",
    )
    fix_boundaries(msg, "s4-231450")
    return msg


def make_pdf():
    src = LS / "itu" / "fg-mv-ls1.docx"
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed to make the PDF for message (b)")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file:///tmp/lo-prof",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out,
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        pdf = (Path(out) / "fg-mv-ls1.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-"), "soffice did not write a PDF"
    return pdf


def message_b(pdf):
    msg = EmailMessage(policy=LF)
    headers(
        msg,
        sender="ITU-T FG-MV Secretariat <tsb-fgmv@example.org>",
        to="Liaison officers <liaison-officers@example.org>",
        subject="[FG-MV] LS on requesting collaboration on metaverse standardization work (FG-MV-LS1)",
        date="Mon, 27 Mar 2023 09:15:00 +0200",
        msgid="<fg-mv-ls1.20230327071500@tsb.example.org>",
    )
    msg.set_content(
        "Dear colleagues,\n"
        "\n"
        "On behalf of the ITU-T Focus Group on metaverse (FG-MV), please find\n"
        "attached liaison statement FG-MV-LS1, \"LS on requesting collaboration\n"
        "on metaverse standardization work\", agreed at the first FG-MV meeting\n"
        "(Riyadh, 8-9 March 2023).\n"
        "From the list of addressees you will see that it goes to many\n"
        "organizations; a reply is requested by 30 June 2023.\n"
        "\n"
        "Kind regards,\n"
        "FG-MV Secretariat\n"
    )
    msg.add_alternative(
        "<!DOCTYPE html>\n"
        "<html><head><meta charset=\"utf-8\"><title>FG-MV-LS1</title></head><body>\n"
        "<p>Dear colleagues,</p>\n"
        "<p>On behalf of the ITU-T Focus Group on metaverse (FG-MV), please find attached\n"
        "liaison statement <b>FG-MV-LS1</b>, &ldquo;LS on requesting collaboration on metaverse\n"
        "standardization work&rdquo;, agreed at the first FG-MV meeting (Riyadh, 8&ndash;9 March\n"
        "2023).</p>\n"
        "<p>From the list of addressees you will see that it goes to many organizations; a\n"
        "reply is requested by <b>30 June 2023</b>.</p>\n"
        "<p>Kind regards,<br>FG-MV Secretariat</p>\n"
        "</body></html>\n",
        subtype="html",
    )
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="FG-MV-LS1.pdf")
    fix_boundaries(msg, "fg-mv-ls1")
    return msg


def message_c():
    text = (LS / "ietf" / "ietf-mail-iab-dt.txt").read_text(encoding="utf-8")
    msg = EmailMessage(policy=LF)
    headers(
        msg,
        sender="Liaison Statement Management Tool <statements@datatracker.example.org>",
        to="Jane Doe <jane.doe@example.org>",
        cc="IAB <iab@example.org>, Security Area Directors <sec-ads@example.org>",
        # Curly quotes, as the datatracker writes them: Python folds this into RFC 2047
        # encoded-words (=?utf-8?q?...?=).
        subject="New Liaison Statement, \u201cLiaison statement on security considerations for "
        "digital twins\u201d",
        date="Tue, 20 Feb 2024 14:03:11 -0800",
        msgid="<170846659112.4242.1234567890123456789@datatracker.example.org>",
    )
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    return msg


def tiny_png():
    """A valid 2x2 RGB PNG of a few dozen bytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\xcc\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def no_statement():
    msg = EmailMessage(policy=LF)
    headers(
        msg,
        sender="Sam Rivera <sam.rivera@example.org>",
        to="Jane Doe <jane.doe@example.org>",
        subject="lunch on Friday?",
        date="Wed, 10 Apr 2024 11:20:00 +0200",
        msgid="<lunch.20240410092000@example.org>",
    )
    msg.set_content(
        "Hi Jane,\n"
        "\n"
        "lunch on Friday after the plenary? The place on the corner has a new menu,\n"
        "picture attached.\n"
        "\n"
        "Sam\n"
    )
    msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename="menu.png")
    fix_boundaries(msg, "lunch")
    return msg


# An ITU-T statement typed into the mail body, "Label: value" lines as in LAYOUTS §1 (the ITU-T
# template flattened to text), with windows-1252 punctuation as Word/Outlook write it.
WINDOWS_1252_BODY = (
    "Dear colleagues,\r\n"
    "\r\n"
    "please find below a liaison statement from ITU-T SG16, agreed at its meeting in\r\n"
    "Geneva, 16\u201326 January 2024.\r\n"
    "\r\n"
    "Question(s):\t12/16\t\tGeneva, 26 January 2024\r\n"
    "Source:\t\tITU-T SG16\r\n"
    "Title:\t\tLS on security aspects of immersive live experience (ILE) services\r\n"
    "\r\n"
    "LIAISON STATEMENT\r\n"
    "\r\n"
    "For action to:\t\tITU-T SG17\r\n"
    "For comment to:\t\t-\r\n"
    "For information to:\tITU-T SG13\r\n"
    "Approval:\t\tITU-T SG16 meeting (Geneva, 26 January 2024)\r\n"
    "Deadline:\t\t30 June 2024\r\n"
    "\r\n"
    "Contact:\t\tHélène Dupré\r\n"
    "\t\t\tExample Télécom, France\r\n"
    "\t\t\tE-mail: helene.dupre@example.org\r\n"
    "\r\n"
    "ITU-T SG16 has started work on the draft Recommendation H.ILE-SEC, \u201cSecurity\r\n"
    "requirements for immersive live experience services\u201d, under Question 12/16.\r\n"
    "\r\n"
    "SG16 kindly asks ITU-T SG17 to review the attached draft and to provide its comments\r\n"
    "on the threat model \u2013 in particular on content protection \u2013 by 30 June 2024.\r\n"
    "\r\n"
    "SG16 informs ITU-T SG13 of this work for information.\r\n"
    "\r\n"
    "Attachment: none\r\n"
    "\r\n"
    "Best regards,\r\n"
    "Hélène Dupré, Rapporteur Q12/16\r\n"
)


def windows_1252():
    # Built by hand rather than through set_content: EmailMessage would re-encode the body.
    head = (
        "From: =?windows-1252?q?H=E9l=E8ne_Dupr=E9?= <helene.dupre@example.org>\r\n"
        "To: ITU-T SG17 liaisons <sg17-liaisons@example.org>\r\n"
        "Cc: ITU-T SG13 liaisons <sg13-liaisons@example.org>\r\n"
        "Subject: LS on security aspects of immersive live experience (ILE) services\r\n"
        "Date: Mon, 29 Jan 2024 08:30:00 +0100\r\n"
        "Message-ID: <sg16-ls-ile-sec.20240129073000@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=windows-1252\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "X-Mailer: Example Mail for Windows 16.0\r\n"
        "\r\n"
    )
    body = WINDOWS_1252_BODY.encode("cp1252")
    assert b"\xe9" in body and b"\x96" in body and b"\x93" in body and b"\x94" in body
    return head.encode("ascii") + body


def as_eml(msg):
    return msg.as_bytes(policy=msg.policy)


FROM_LINE = re.compile(rb"^(>*From )", re.M)


def mbox_entry(msg, envelope_sender):
    data = as_eml(msg)
    assert not re.search(rb"^>+From ", data, re.M), "would make mboxo and mboxrd differ"
    # mboxrd escaping: one more '>' before any line that begins with '>'*From . The headers never
    # begin with "From " (the header is "From:"), so the whole message can be escaped at once.
    data = FROM_LINE.sub(rb">\1", data)
    when = parsedate_to_datetime(msg["Date"])
    # The separator carries the envelope sender and the date in asctime form, in UTC.
    stamp = time.asctime(time.gmtime(when.timestamp()))
    sep = f"From {envelope_sender} {stamp}\n".encode("ascii")
    if not data.endswith(b"\n"):
        data += b"\n"
    return sep + data + b"\n"


def main():
    a, b, c = message_a(), message_b(make_pdf()), message_c()
    (HERE / "three.mbox").write_bytes(
        mbox_entry(a, "maria.koch@example.com")
        + mbox_entry(b, "tsb-fgmv@example.org")
        + mbox_entry(c, "statements@datatracker.example.org")
    )
    (HERE / "single-docx.eml").write_bytes(as_eml(a))
    (HERE / "notification.eml").write_bytes(as_eml(c))
    (HERE / "no-statement.eml").write_bytes(as_eml(no_statement()))
    (HERE / "windows-1252.eml").write_bytes(windows_1252())


if __name__ == "__main__":
    main()
