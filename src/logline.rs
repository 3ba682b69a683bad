//! One log line per event. Peers choose much of what the server logs (`/auth` ids, IDENT uuids,
//! the text of ERROR transports, request paths, error messages that quote them): a CR or LF in
//! one would end the line and let the peer write a line of its own that reads like the server's.
//! [`fields`] formats every field of every event (the message too) through [`Escaping`], which
//! writes control characters (and the Unicode line separators and bidi overrides, which can hide
//! text) as escapes, so each event stays one line whatever the peer sent.

use std::fmt::{self, Write};

use tracing_subscriber::field::MakeExt;
use tracing_subscriber::fmt::format::{self, Writer};

/// True for a character that is written escaped.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A [`fmt::Write`] that passes text through with control characters escaped: `\n`, `\r`, `\t`
/// as such, others as `\u{1b}`.
pub struct Escaping<W>(pub W);

impl<W: Write> Write for Escaping<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut rest = s;
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| needs_escape(*c)) {
            self.0.write_str(&rest[..at])?;
            match c {
                '\n' => self.0.write_str("\\n")?,
                '\r' => self.0.write_str("\\r")?,
                '\t' => self.0.write_str("\\t")?,
                c => write!(self.0, "\\u{{{:x}}}", c as u32)?,
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// Displays a string with control characters escaped (for text that does not go through
/// the log, such as a reason stored and shown later).
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Escaping(f).write_str(self.0)
    }
}

/// The field formatter of the server's log: `message` as it is, other fields as `name=value`,
/// separated by spaces, every value escaped ([`Escaping`]).
pub fn fields() -> impl for<'w> tracing_subscriber::fmt::FormatFields<'w> + Send + Sync + 'static {
    format::debug_fn(
        |w: &mut Writer<'_>, field: &tracing::field::Field, value: &dyn fmt::Debug| {
            let mut out = Escaping(w);
            if field.name() == "message" {
                write!(out, "{value:?}")
            } else {
                write!(out, "{}={value:?}", field.name())
            }
        },
    )
    .delimited(" ")
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::sync::{Arc, Mutex};

    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(Esc("plain text").to_string(), "plain text");
        assert_eq!(
            Esc("a\r\nb\tc\u{1b}[31md\u{2028}e\u{202e}f\u{85}").to_string(),
            "a\\r\\nb\\tc\\u{1b}[31md\\u{2028}e\\u{202e}f\\u{85}"
        );
        assert_eq!(Esc("ünïcödé ✓").to_string(), "ünïcödé ✓");
    }

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().expect("buffer").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_event_with_line_breaks_in_its_fields_and_message_is_one_line() {
        let buffer = Buffer::default();
        let out = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || out.clone())
            .with_ansi(false)
            .fmt_fields(fields())
            .finish();
        let id = "abc\r\n2025-01-01T00:00:00Z  INFO mothership: forged";
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(id = %id, peer = ?"x\ny", "refused: {}", "text\nwith a break");
        });
        let text = String::from_utf8(buffer.0.lock().expect("buffer").clone()).expect("utf-8");
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.ends_with('\n'));
        assert!(
            text.contains("refused: text\\nwith a break id=abc\\r\\n2025-01-01T00:00:00Z"),
            "{text}"
        );
        assert!(text.contains(r#"peer="x\ny""#), "{text}");
    }
}
