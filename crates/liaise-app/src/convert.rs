//! Formats read through an outside program: PDF through Debian's `pdftotext` (poppler-utils),
//! Word 97-2003 .doc, OpenDocument .odt and RTF through LibreOffice in headless mode. The text or
//! .docx they give is read by the ordinary readers. When the program is missing, the message
//! names the package to install.

use liaise_read::Foreign;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// How long a converter may take before it is given up (a PDF of hundreds of pages, a hung
/// LibreOffice).
const TIMEOUT: Duration = Duration::from_secs(120);

/// The bytes liaise can read, made from a file in a foreign format: UTF-8 text for a PDF, a
/// .docx for the others.
pub fn convert(kind: Foreign, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let input = dir.path().join(format!("in.{}", kind.as_str()));
    std::fs::write(&input, bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    match kind {
        Foreign::Pdf => pdf_text(&input),
        Foreign::Doc | Foreign::Odt | Foreign::Rtf => to_docx(&input, dir.path()),
    }
}

fn run(mut cmd: Command, program: &str, package: &str) -> Result<std::process::Output, String> {
    let mut child =
        cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().map_err(|e| {
            match e.kind() {
                std::io::ErrorKind::NotFound => {
                    format!(
                        "{program} is not installed; install it (Debian: `apt-get install {package}`) and try again"
                    )
                }
                _ => format!("cannot run {program}: {e}"),
            }
        })?;
    let started = std::time::Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                return Err(format!("{program} took more than {} s; gave up", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("cannot wait for {program}: {e}")),
        }
    }
    child.wait_with_output().map_err(|e| format!("cannot read what {program} wrote: {e}"))
}

/// The text of a PDF with its layout kept (`pdftotext -layout`): table columns as runs of
/// spaces, which `liaise_read::pdf` turns back into rows and cells.
fn pdf_text(input: &Path) -> Result<Vec<u8>, String> {
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-layout", "-enc", "UTF-8", "-nopgbrk"]).arg(input).arg("-");
    let out = run(cmd, "pdftotext", "poppler-utils")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("").trim();
        return Err(format!("the PDF could not be read ({first}); it may be damaged or encrypted"));
    }
    if out.stdout.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("the PDF has no text layer (a scanned image?); liaise reads text, not images: ask the sender for the .docx, or run OCR on it first".to_string());
    }
    Ok(out.stdout)
}

/// A .docx made from a .doc, .odt or .rtf by LibreOffice.
fn to_docx(input: &Path, dir: &Path) -> Result<Vec<u8>, String> {
    let out_dir = dir.join("out");
    let mut cmd = Command::new("soffice");
    // A profile of its own keeps this LibreOffice apart from one the user has open.
    cmd.arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir"])
        .arg(&out_dir)
        .arg(input);
    let out = run(cmd, "LibreOffice (soffice)", "libreoffice-writer-nogui")?;
    let docx = out_dir.join("in.docx");
    match std::fs::read(&docx) {
        Ok(b) if out.status.success() => Ok(b),
        _ => Err(format!(
            "LibreOffice could not convert it ({}); the file may be damaged or password-protected",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
    }
}

/// A PDF made from a .docx liaise wrote, by LibreOffice (for `liaise ls docx -o FILE.pdf`).
pub fn docx_to_pdf(docx: &[u8]) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let input = dir.path().join("ls.docx");
    std::fs::write(&input, docx).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let out_dir = dir.path().join("out");
    let mut cmd = Command::new("soffice");
    cmd.arg(format!("-env:UserInstallation=file://{}", dir.path().join("profile").display()))
        .args(["--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
        .arg(&out_dir)
        .arg(&input);
    let out = run(cmd, "LibreOffice (soffice)", "libreoffice-writer-nogui")?;
    match std::fs::read(out_dir.join("ls.pdf")) {
        Ok(b) if out.status.success() && b.starts_with(b"%PDF") => Ok(b),
        _ => Err(format!("LibreOffice could not make a PDF of it ({})", String::from_utf8_lossy(&out.stderr).trim())),
    }
}
