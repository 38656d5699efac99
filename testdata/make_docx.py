#!/usr/bin/env python3
"""Writes the .docx test documents with python-docx, a tool other than liaise.

    pip install python-docx==1.2.0
    python3 testdata/make_docx.py

The documents are committed; this script says how they were made. They follow the layouts of
real statements: the ITU header tables (label cell beside value cell, values over several
paragraphs or cells, contact rows), body paragraphs and a body table; the 3GPP template as
tab-separated paragraphs. Text is deliberately split across runs, as Word does.
"""

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

FOR_ACTION = (
    "ITU-R SG5, IEC SEG15, IEC TC57, IEC TC65, IEC TC79, IEC TC85, IEC TC100, ISO TC68, ISO TC69, "
    "ISO TC133, ISO TC184, ISO TC 307, ISO/IEC JTC1 SC24, ISO/IEC JTC1 SC27, ISO/IEC JTC1 SC29, "
    "ISO/IEC JTC1 SC38, ISO/IEC JTC1 SC41, ISO/IEC JTC1 SC43, IEEE SA, W3C, IETF, ETSI ISG-ARF, "
    "3GPP SA1, 3GPP SA4, IPv6 Forum, Broadband Forum, TMForum, ISO/IEC JTC 1 SC42, INATBA, "
    "ITU IRG AVA, ETSI TC Cyber, ISO/IEC JTC1 SC35, World Metaverse Council, Metaverse Standards "
    "Forum, Open Metaverse Foundation, Digital Twin Consortium, VRM consortium, and IOWN Global Forum"
)
FOR_INFORMATION = "ITU-T SGs 2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, and TSAG; ITU-D SGs 1, 2; ITU-R SG6"

OFFICERS = (
    "A new ITU-T Focus Group on metaverse (FG-MV) was created in December 2022. The Chairman is Mr "
    "Shin-Gak KANG (ETRI, Republic of Korea), with Vice-Chairmen Ms Shane HE (Nokia Corporation, "
    "Finland), Mr Hideo IMANAKA (National Institute of Information and Communication Technology – "
    "NICT, Japan), Mr Per FRÖJDH (Telefon AB – LM Ericsson, Sweden), Mr Andrey PEREZ (Agência "
    "Nacional de Telecomunicações – ANATEL, Brazil), Mr Vincent AFFLECK (Department for Digital, "
    "Culture, Media and Sport – DCMS, United Kingdom), Mr Yuntao WANG (Ministry of Industry and "
    "Information Technology – MIIT, China P.R.), Mr Leonidas ANTHOPOULOS (University of Thessaly, "
    "Greece), Mr Manuel BARREIRO (Aston Group, Mexico), Ms Cristina MARTINEZ (European Commission), "
    "Ms Stella KIPSAITA (Communications Authority, Kenya) and Ms Natalia BAYONA (World Tourism "
    "Organization – UNWTO)."
)

BODY_AFTER_OFFICERS = [
    "The objective of the ITU-T Focus Groups is to help advance the work of the ITU "
    "Telecommunication Standardization Sector (ITU-T) study groups and to encourage the "
    "participation of members of other standards organizations, including experts and individuals "
    "who may not be members of ITU. The new FG-MV will report to TSAG and operate for an initial "
    "term of one year with the terms of reference (see the FG-MV home page at https://itu.int/go/fgmv).",
    "The FG-MV held its first meeting in Riyadh, Saudi Arabia (Kingdom of) on 8 and 9 March 2023. At "
    "the meeting, FG-MV agreed on the FG structure and a first list of deliverables. The following "
    "table lists the potential relationship between topics addressed by the FG-MV and related SDOs.",
    "Table: possible relationship between FG-MV topics and other SDOs",
]

TOPICS = [
    ("Topics in FG-MV", "Topics (but not limited to)", ["(possible) Related organizations"]),
    ("General", "Terminology", ["IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC, "]),
    ("General", "Standard roadmap", ["All SDOs"]),
    ("General", "Collaboration with SDOs", ["All SDOs"]),
    ("Use cases and Requirements", "Use cases", ["All SDOs", "(especially ITU-R SG5, IEC, ISO, JTC1"]),
    ("Use cases and Requirements", "High-level requirements", ["All SDOs"]),
    ("Media CODEC", "", ["ITU-T SG16, JTC1 SC29"]),
    ("Infrastructure", "Cloud network", ["ITU-T SG13, JTC1 SC38"]),
    ("Infrastructure", "Networking Infrastructure", ["ITU-T SG13, SG15, MSF, OMF"]),
    ("Infrastructure", "Blockchain (DLT)", ["ITU-T SG16, ISO TC307"]),
    ("Virtual/real world integration ", "Virtual-real world mapping", ["ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF"]),
    (" Virtual/real world integration", "Digital assets", ["MSF, OMF"]),
    ("Interoperability", "Architecture and Interfaces", ["ITU-T SGs11, 13 and 16, W3C OMI, ETSI ARF, MSF, OMF, VRM"]),
    ("Security", "Security aspects", ["ITU-T SG17, JTC1 SC27, MSF"]),
    ("Data and PII protection", "Data and PII protect aspects", ["ITU-T SG17, MSF"]),
    ("Economic", "", ["ITU-T SG3, ISO TC68"]),
    ("Sustainability", "Environment aspects", ["ITU-T SG5"]),
    ("Accessibility", "Accessibility aspects", ["ITU-T SG16"]),
    ("Policy and Regulation ", "", ["ITU-T SG3, OMF"]),
]

REQUESTS = [
    "FG-MV would like to request you to provide information regarding any roadmap, technical "
    "specifications and/or reports of metaverse-related standardization work.",
    "FG-MV would like to collaborate on the standardization work on metaverse with your organization. "
    "FG-MV would be grateful if you would designate a liaison rapporteur to facilitate the collaboration.",
    "Information about FG-MV is available at https://itu.int/go/fgmv including information on upcoming "
    "meetings, instructions on how to join the FG-MV, how to subscribe to the FG-MV mailing list, and "
    "how to access the collaboration area.",
    "Participation in ITU-T Focus Groups is open to all interested experts coming from a country that "
    "is a member of ITU. The new FG-MV looks forward to cooperating with you.",
]


def set_cell(cell, paragraphs, bold=False):
    """Writes paragraphs into a cell; the first replaces the empty paragraph python-docx makes."""
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(text)
        run.bold = bold


def split_runs(paragraph, text, pieces=3):
    """Writes text as several runs, the way Word splits text after edits."""
    step = max(1, len(text) // pieces)
    for i in range(0, len(text), step):
        paragraph.add_run(text[i : i + step])


def itu_fg_mv_ls1(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.sections[0].header.paragraphs[0].text = "- 3 -\tFG-MV-LS1"

    head = d.add_table(rows=7, cols=3)
    set_cell(head.cell(0, 0), [""])
    set_cell(head.cell(0, 1), ["INTERNATIONAL TELECOMMUNICATION UNION", "TELECOMMUNICATION", "STANDARDIZATION SECTOR", "STUDY PERIOD 2022-2024"], bold=True)
    set_cell(head.cell(0, 2), ["FG-MV-LS1"], bold=True)
    set_cell(head.cell(1, 2), ["Focus Group on metaverse"], bold=True)
    set_cell(head.cell(2, 2), ["Original: English"])
    set_cell(head.cell(3, 0), ["WG(s):"], bold=True)
    set_cell(head.cell(3, 1), ["N/A"])
    set_cell(head.cell(3, 2), ["Riyadh, 8–9 March 2023"])
    ref = head.cell(4, 0).merge(head.cell(4, 2))
    set_cell(ref, ["Ref.: FG-MV-O-001"])
    set_cell(head.cell(5, 0), ["Source:"], bold=True)
    set_cell(head.cell(5, 1).merge(head.cell(5, 2)), ["FG-MV"])
    set_cell(head.cell(6, 0), ["Title:"], bold=True)
    title = head.cell(6, 1).merge(head.cell(6, 2))
    split_runs(title.paragraphs[0], "LS on requesting collaboration on metaverse standardization work ")

    ls = d.add_table(rows=5, cols=2)
    set_cell(ls.cell(0, 0).merge(ls.cell(0, 1)), ["LIAISON STATEMENT"], bold=True)
    for row, (label, value) in enumerate(
        [("For action to:", FOR_ACTION), ("For information to:", FOR_INFORMATION),
         ("Approval:", "ITU-T FG-MV meeting (Riyadh, 09 March 2023)"), ("Deadline:", "30 June 2023")],
        start=1,
    ):
        set_cell(ls.cell(row, 0), [label], bold=True)
        split_runs(ls.cell(row, 1).paragraphs[0], value)

    contacts = d.add_table(rows=2, cols=3)
    set_cell(contacts.cell(0, 0), ["Contact:"], bold=True)
    set_cell(contacts.cell(0, 1), ["Shin-Gak Kang ", "ETRI", "Rep. of Korea"])
    contacts.cell(0, 2).paragraphs[0].add_run("E-mail:")
    contacts.cell(0, 2).paragraphs[0].add_run().add_tab()
    contacts.cell(0, 2).paragraphs[0].add_run("sgkang@etri.re.kr ")
    set_cell(contacts.cell(1, 0), ["Contact:"], bold=True)
    # The second contact uses line breaks inside one paragraph instead of three paragraphs.
    run = contacts.cell(1, 1).paragraphs[0].add_run("Hideo Imanaka")
    run.add_break(WD_BREAK.LINE)
    run.add_text("NICT")
    run.add_break(WD_BREAK.LINE)
    run.add_text("Japan")
    contacts.cell(1, 2).paragraphs[0].add_run("E-mail:\th.imanaka@nict.go.jp ")

    abstract = d.add_table(rows=1, cols=2)
    set_cell(abstract.cell(0, 0), ["Abstract:"], bold=True)
    set_cell(abstract.cell(0, 1), [
        "A new ITU-T Focus Group on metaverse (FG-MV) established in December 2022, would like to "
        "collaborate with SDOs on metaverse. For accelerating FG work, FG would like to request any "
        "information on metaverse standardization work, especially standardization roadmap, "
        "published specifications and reports. "
    ])

    d.add_paragraph("")
    d.add_paragraph(OFFICERS)
    for text in BODY_AFTER_OFFICERS:
        d.add_paragraph(text)
    table = d.add_table(rows=len(TOPICS), cols=3)
    for r, (group, topic, related) in enumerate(TOPICS):
        set_cell(table.cell(r, 0), [group], bold=(r == 0))
        set_cell(table.cell(r, 1), [topic], bold=(r == 0))
        set_cell(table.cell(r, 2), related, bold=(r == 0))
    d.add_paragraph("")
    for text in REQUESTS:
        d.add_paragraph(text)
    d.save(path)


def tgpp_s4_231450(path):
    """The 3GPP template: labelled paragraphs with tab stops, then numbered sections."""
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("3GPP TSG SA WG4 Meeting #125").bold = True
    p.add_run().add_tab()
    p.add_run("S4-231450").bold = True
    d.add_paragraph("Toulouse, France, 21 - 25 August 2023")
    d.add_paragraph("")
    for label, value in [
        ("Title:", "LS on split rendering for AR/MR devices"),
        ("Response to:", "-"),
        ("Release:", "Rel-18"),
        ("Work Item:", "SR_IMS"),
        ("", ""),
        ("Source:", "SA4"),
        ("To:", "ITU-T SG16, ETSI ISG ARF"),
        ("Cc:", "SA2, RAN1"),
        ("", ""),
        ("Contact Person:", ""),
        ("Name:", "Maria Koch"),
        ("E-mail Address:", "maria.koch@example.com"),
        ("", ""),
        ("Send any reply LS to:", "3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org"),
        ("", ""),
        ("Attachments:", "S4-231399, S4-231400"),
    ]:
        p = d.add_paragraph()
        if label:
            p.add_run(label).bold = True
            p.add_run().add_tab()
            split_runs(p, value, 2)
    d.add_paragraph("1. Overall Description:").runs[0].bold = True
    d.add_paragraph("SA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.")
    d.add_paragraph("SA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.")
    d.add_paragraph("2. Actions:").runs[0].bold = True
    d.add_paragraph("To ITU-T SG16 group.").runs[0].bold = True
    d.add_paragraph("ACTION: SA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.")
    d.add_paragraph("To ETSI ISG ARF group.").runs[0].bold = True
    d.add_paragraph("ACTION: SA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.")
    d.add_paragraph("3. Dates of Next TSG SA WG4 Meetings:").runs[0].bold = True
    d.add_paragraph("TSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US")
    d.add_paragraph("TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR")
    d.save(path)


def not_a_statement(path):
    """A Word document that is no liaison statement: minutes of a meeting."""
    d = docx.Document()
    d.add_heading("Minutes of the editing session", 1)
    d.add_paragraph("Present: the editors of draft Recommendation Y.xyz.")
    d.add_paragraph("The session reviewed clauses 6 to 8 and agreed the changes shown in revision marks.")
    d.save(path)


if __name__ == "__main__":
    itu_fg_mv_ls1(HERE / "ls" / "itu" / "fg-mv-ls1.docx")
    tgpp_s4_231450(HERE / "ls" / "3gpp" / "s4-231450.docx")
    not_a_statement(HERE / "bad" / "minutes.docx")
