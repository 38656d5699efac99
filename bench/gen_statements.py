#!/usr/bin/env python3
"""Writes N statements shaped like FG-MV-LS1 (ITU layout as text: 38 bodies for action, 15 for
information, two requests, so 76 actions each) into a folder, for the scale test and benchmark
of issue 9, item 15. Usage: gen_statements.py N FOLDER"""

import os
import sys

FOR_ACTION = (
    "ITU-R SG5, IEC SEG15, IEC TC57, IEC TC65, IEC TC79, IEC TC85, IEC TC100, ISO TC68, ISO TC69, "
    "ISO TC133, ISO TC184, ISO TC 307, ISO/IEC JTC1 SC24, ISO/IEC JTC1 SC27, ISO/IEC JTC1 SC29, "
    "ISO/IEC JTC1 SC38, ISO/IEC JTC1 SC41, ISO/IEC JTC1 SC43, IEEE SA, W3C, IETF, ETSI ISG-ARF, "
    "3GPP SA1, 3GPP SA4, IPv6 Forum, Broadband Forum, TMForum, ISO/IEC JTC 1 SC42, INATBA, "
    "ITU IRG AVA, ETSI TC Cyber, ISO/IEC JTC1 SC35, World Metaverse Council, Metaverse Standards "
    "Forum, Open Metaverse Foundation, Digital Twin Consortium, VRM consortium, and IOWN Global Forum"
)
FOR_INFO = "ITU-T SGs 2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, and TSAG; ITU-D SGs 1, 2; ITU-R SG6"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def statement(n: int) -> str:
    month = MONTHS[n % 12]
    day = 1 + n % 28
    return f"""\tINTERNATIONAL TELECOMMUNICATION UNION
TELECOMMUNICATION
STANDARDIZATION SECTOR
STUDY PERIOD 2022-2024
\tFG-MV-LS{n}

\tFocus Group on metaverse

\tOriginal: English

\tSource:
\tFG-MV

\tTitle:
\tLS number {n} on metaverse standardization work

\tLIAISON STATEMENT

\tFor action to:
\t{FOR_ACTION}

\tFor information to:
\t{FOR_INFO}

\tApproval:
\tITU-T FG-MV meeting (Geneva, 1 March 2023)

\tDeadline:
\t{day} {month} 2024

\tContact:
\tTest Person {n}
ETRI
Rep. of Korea
\tE-mail:\tperson{n}@example.org

\tAbstract:
\tThis liaison statement number {n} asks for information on metaverse standardization.

FG-MV would like to request you to provide information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work.
FG-MV would like to collaborate on the standardization work on metaverse with your organization. FG-MV would be grateful if you would designate a liaison rapporteur to facilitate the collaboration.
"""


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        with open(os.path.join(folder, f"fg-mv-ls{i:05}.txt"), "w", encoding="utf-8") as f:
            f.write(statement(i))


if __name__ == "__main__":
    main()
