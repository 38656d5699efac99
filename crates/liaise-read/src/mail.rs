//! E-mail, how statements really arrive: a message (.eml) or a mailbox of them (mbox) into the
//! parts a statement may be, each with the message it came in. Pure: bytes in, parts out; the
//! application reads each part with the ordinary readers and keeps the message's From, Date,
//! Subject and Message-ID with what it stores.

use mail_parser::{MessageParser, MimeHeaders};
use thiserror::Error;

/// The most parts one message may have before it is refused: statements come with a few
/// attachments, not thousands.
pub const MAX_PARTS: usize = 200;

/// The most messages one mbox may hold.
pub const MAX_MESSAGES: usize = 100_000;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MailError {
    #[error("not an e-mail message: {0}")]
    NotMail(String),
    #[error("the message has {0} parts; liaise reads at most {MAX_PARTS}")]
    TooManyParts(usize),
    #[error("the mailbox holds more than {MAX_MESSAGES} messages; split it")]
    TooManyMessages,
}

/// What a message says of itself.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Envelope {
    pub message_id: Option<String>,
    pub from: Option<String>,
    /// The Date header, in RFC 3339 (UTC offset kept).
    pub date: Option<String>,
    pub subject: Option<String>,
}

/// A part of a message that may be a statement: an attachment, or the text of the message
/// itself (a datatracker notification is the statement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The attachment's file name, or "(message body)".
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// Whether this part is the message's own text rather than an attachment.
    pub is_body: bool,
}

/// One message, its envelope and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub envelope: Envelope,
    pub parts: Vec<Part>,
}

/// Whether bytes look like one e-mail message: header lines at the top, among them From and
/// one that only mail carries (Message-ID, Received, MIME-Version, Return-Path, Content-Type).
pub fn looks_like_mail(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(8192)]);
    let mut names: Vec<String> = Vec::new();
    for line in head.lines() {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        match line.split_once(':') {
            Some((name, _)) if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
                names.push(name.to_ascii_lowercase());
            }
            _ => return false,
        }
    }
    // A memo also starts "From: / To: / Subject: / Date:"; a mail that travelled has headers no
    // letter writes.
    names.iter().any(|n| n == "from")
        && names.iter().any(|n| {
            matches!(
                n.as_str(),
                "message-id" | "received" | "mime-version" | "return-path" | "delivered-to" | "content-type"
            )
        })
}

/// Whether bytes look like an mbox: a "From " separator line, then a message.
pub fn looks_like_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ") && {
        let after = bytes.iter().position(|&b| b == b'\n').map_or(&[][..], |i| &bytes[i + 1..]);
        looks_like_mail(after)
    }
}

/// Splits an mbox into its messages, undoing the ">From " quoting of body lines.
pub fn split_mbox(bytes: &[u8]) -> Result<Vec<Vec<u8>>, MailError> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut current: Option<Vec<u8>> = None;
    let mut previous_blank = true;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"From ") && previous_blank {
            if let Some(m) = current.take() {
                out.push(m);
                if out.len() >= MAX_MESSAGES {
                    return Err(MailError::TooManyMessages);
                }
            }
            current = Some(Vec::new());
            previous_blank = false;
            continue;
        }
        previous_blank = line.iter().all(|b| b.is_ascii_whitespace());
        if let Some(m) = current.as_mut() {
            // ">From " and ">>From " lose one ">" (mboxrd).
            let unquoted = match line.iter().position(|&b| b != b'>') {
                Some(i) if i > 0 && line[i..].starts_with(b"From ") => &line[1..],
                _ => line,
            };
            m.extend_from_slice(unquoted);
        }
    }
    if let Some(m) = current {
        out.push(m);
    }
    Ok(out)
}

/// Reads one message into its envelope and the parts that may be statements.
pub fn parse(bytes: &[u8]) -> Result<Mail, MailError> {
    if !looks_like_mail(bytes) {
        return Err(MailError::NotMail("it does not start with e-mail headers (From:, Date:, Subject:)".into()));
    }
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| MailError::NotMail("its headers could not be read".to_string()))?;
    if message.parts.len() > MAX_PARTS {
        return Err(MailError::TooManyParts(message.parts.len()));
    }
    let from = message.from().and_then(|a| a.first()).map(|a| match (a.name(), a.address()) {
        (Some(n), Some(e)) => format!("{n} <{e}>"),
        (None, Some(e)) => e.to_string(),
        (Some(n), None) => n.to_string(),
        (None, None) => String::new(),
    });
    let envelope = Envelope {
        message_id: message.message_id().map(str::to_string),
        from: from.filter(|f| !f.is_empty()),
        date: message.date().map(|d| d.to_rfc3339()),
        subject: message.subject().map(str::to_string),
    };
    let mut parts = Vec::new();
    // The message's own text: the plain text body, else the HTML one.
    let body = message.body_text(0).map(|t| t.into_owned()).filter(|t| !t.trim().is_empty());
    match body {
        Some(text) => parts.push(Part {
            name: "(message body)".to_string(),
            content_type: "text/plain".to_string(),
            bytes: text.into_bytes(),
            is_body: true,
        }),
        None => {
            if let Some(html) = message.body_html(0) {
                parts.push(Part {
                    name: "(message body)".to_string(),
                    content_type: "text/html".to_string(),
                    bytes: html.into_owned().into_bytes(),
                    is_body: true,
                });
            }
        }
    }
    for (i, a) in message.attachments().enumerate() {
        let content_type = a
            .content_type()
            .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or("")))
            .unwrap_or_else(|| "application/octet-stream".to_string())
            .to_ascii_lowercase();
        let name = a.attachment_name().map(str::to_string).unwrap_or_else(|| format!("attachment-{}", i + 1));
        // A forwarded message's own attachments are its parts too.
        if let Some(inner) = a.message() {
            for (j, ia) in inner.attachments().enumerate() {
                let n = ia
                    .attachment_name()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("attachment-{}-{}", i + 1, j + 1));
                parts.push(Part {
                    name: n,
                    content_type: "application/octet-stream".into(),
                    bytes: ia.contents().to_vec(),
                    is_body: false,
                });
            }
            continue;
        }
        parts.push(Part { name, content_type, bytes: a.contents().to_vec(), is_body: false });
    }
    Ok(Mail { envelope, parts })
}

/// Whether an attachment may be a statement, by its type or name: documents and text, not
/// images, signatures, calendars or archives.
pub fn may_be_statement(part: &Part) -> bool {
    let name = part.name.to_ascii_lowercase();
    let by_name =
        [".docx", ".doc", ".pdf", ".odt", ".txt", ".htm", ".html", ".rtf", ".eml"].iter().any(|e| name.ends_with(e));
    let ct = part.content_type.as_str();
    let by_type = ct.starts_with("text/plain")
        || ct.starts_with("text/html")
        || ct.contains("wordprocessingml")
        || ct.contains("msword")
        || ct.contains("pdf")
        || ct.contains("opendocument.text")
        || ct.contains("rtf");
    let excluded =
        ct.starts_with("image/") || ct.contains("signature") || ct.contains("calendar") || ct.contains("zip");
    (by_name || by_type) && !excluded && !part.bytes.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &str = "From: Ann Lee <ann@example.org>\r\nTo: sec@example.org\r\nSubject: =?UTF-8?B?TFMgb24gWA==?=\r\nDate: Tue, 4 Jun 2024 10:00:00 +0200\r\nMessage-ID: <m1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease find our LS attached.\r\n--b\r\nContent-Type: text/plain; name=\"ls.txt\"\r\nContent-Disposition: attachment; filename=\"ls.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\nVGl0bGU6IExTIG9uIFg=\r\n--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"logo.png\"\r\n\r\nxx\r\n--b--\r\n";

    #[test]
    fn a_message_gives_its_envelope_body_and_attachments() {
        let m = parse(MAIL.as_bytes()).expect("a message");
        assert_eq!(m.envelope.subject.as_deref(), Some("LS on X"));
        assert_eq!(m.envelope.message_id.as_deref(), Some("m1@example.org"));
        assert_eq!(m.envelope.from.as_deref(), Some("Ann Lee <ann@example.org>"));
        assert_eq!(m.envelope.date.as_deref(), Some("2024-06-04T10:00:00+02:00"));
        let names: Vec<(&str, bool)> = m.parts.iter().map(|p| (p.name.as_str(), may_be_statement(p))).collect();
        assert_eq!(names, vec![("(message body)", true), ("ls.txt", true), ("logo.png", false)]);
        assert_eq!(m.parts[1].bytes, b"Title: LS on X");
    }

    #[test]
    fn an_mbox_splits_into_messages_and_unquotes_from_lines() {
        let mbox = format!(
            "From ann@example.org Tue Jun  4 10:00:00 2024\n{}\n>From the start\n\nFrom bob@example.org Tue Jun  4 11:00:00 2024\n{}",
            MAIL.replace("\r\n", "\n"),
            MAIL.replace("\r\n", "\n")
        );
        assert!(looks_like_mbox(mbox.as_bytes()));
        let messages = split_mbox(mbox.as_bytes()).expect("messages");
        assert_eq!(messages.len(), 2);
        assert!(String::from_utf8_lossy(&messages[0]).contains("\nFrom the start"));
        assert!(parse(&messages[1]).is_ok());
    }

    #[test]
    fn text_that_is_no_mail_is_refused() {
        assert!(!looks_like_mail(b"Title: LS on X\nSource: ITU-T SG16\n"));
        assert!(!looks_like_mail(b"From Group ITU-T-SG-15\nTo Group ccamp\n"));
        assert!(!looks_like_mail(b"From: QSTC\nTo: OEOA\nSubject: LS on telemetry\nDate: 1 May 2025\n\nDear"));
        assert!(matches!(parse(b"just text"), Err(MailError::NotMail(_))));
    }
}
