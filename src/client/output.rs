//! Printing results as a table, JSON, YAML or bare IDs (`-o`).
//!
//! Commands print through [`print_list`] (a list: one row or one ID per item) and [`print_item`]
//! (one result: its ID, or what a person should read), so every command treats `-o` the same
//! way and states only its own columns and fields.

use std::io::Write;

use serde::Serialize;

use crate::cli::OutputFormat;

/// Prints a list: `-o json|yaml` the whole list, `-o id` the `id` of each item on a line, and
/// the table `row` of each item under `header`.
pub fn print_list<T: Serialize>(
    format: OutputFormat,
    items: &[T],
    id: impl Fn(&T) -> &str,
    header: &[&str],
    row: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<()> {
    write_list(
        &mut std::io::stdout().lock(),
        format,
        items,
        id,
        header,
        row,
    )
}

fn write_list<T: Serialize>(
    out: &mut dyn Write,
    format: OutputFormat,
    items: &[T],
    id: impl Fn(&T) -> &str,
    header: &[&str],
    row: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<()> {
    if write_machine(out, format, &items)? {
        return Ok(());
    }
    if format == OutputFormat::Id {
        for item in items {
            writeln!(out, "{}", id(item))?;
        }
        return Ok(());
    }
    let rows: Vec<Vec<String>> = items.iter().map(row).collect();
    write_table(out, header, &rows)
}

/// Prints one result: `-o json|yaml` the item, `-o id` its `id`, and for the table format
/// whatever `human` prints (fields, a sentence...).
pub fn print_item<T: Serialize>(
    format: OutputFormat,
    item: &T,
    id: &str,
    human: impl FnOnce() -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    if print_machine(format, item)? {
        return Ok(());
    }
    if format == OutputFormat::Id {
        writeln!(std::io::stdout(), "{id}")?;
        return Ok(());
    }
    human()
}

/// Prints a serializable value in a machine format; returns false for `table` and `id` (the
/// caller prints those) so each command keeps its human layout.
pub fn print_machine<T: Serialize>(format: OutputFormat, value: &T) -> anyhow::Result<bool> {
    write_machine(&mut std::io::stdout().lock(), format, value)
}

fn write_machine<T: Serialize>(
    out: &mut dyn Write,
    format: OutputFormat,
    value: &T,
) -> anyhow::Result<bool> {
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, value)?;
            writeln!(out)?;
            Ok(true)
        }
        OutputFormat::Yaml => {
            write!(out, "{}", yaml_serde::to_string(value)?)?;
            Ok(true)
        }
        OutputFormat::Table | OutputFormat::Id => Ok(false),
    }
}

/// A field the server may not know, as people read it.
pub fn unknown(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "unknown".to_owned())
}

/// Prints `Key: value` lines with the values aligned.
pub fn print_fields(fields: &[(&str, String)]) -> anyhow::Result<()> {
    let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    let mut out = std::io::stdout().lock();
    for (k, v) in fields {
        writeln!(out, "{:<width$} {v}", format!("{k}:"))?;
    }
    Ok(())
}

/// Prints rows under a header with aligned columns.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    write_table(&mut std::io::stdout().lock(), header, rows)
}

fn write_table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{:<w$}   ", cell, w = widths[i]));
            }
        }
        s.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    for row in rows {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Thing {
        id: String,
        size: u64,
    }

    fn things() -> Vec<Thing> {
        vec![
            Thing {
                id: "a1".into(),
                size: 7,
            },
            Thing {
                id: "b22222".into(),
                size: 1234,
            },
        ]
    }

    fn list(format: OutputFormat, items: &[Thing]) -> String {
        let mut out = Vec::new();
        write_list(
            &mut out,
            format,
            items,
            |t| &t.id,
            &["ID", "SIZE"],
            |t| vec![t.id.clone(), t.size.to_string()],
        )
        .expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn list_prints_each_format() {
        let items = things();
        assert_eq!(
            list(OutputFormat::Table, &items),
            "ID       SIZE\na1       7\nb22222   1234\n"
        );
        assert_eq!(list(OutputFormat::Id, &items), "a1\nb22222\n");
        let json: serde_json::Value =
            serde_json::from_str(&list(OutputFormat::Json, &items)).expect("json");
        assert_eq!(json[1]["id"], "b22222");
        assert_eq!(json[1]["size"], 1234);
        assert!(
            list(OutputFormat::Yaml, &items).starts_with("- id: a1\n"),
            "{}",
            list(OutputFormat::Yaml, &items)
        );
    }

    #[test]
    fn empty_list_is_a_header_an_empty_array_or_nothing() {
        assert_eq!(list(OutputFormat::Table, &[]), "ID   SIZE\n");
        assert_eq!(list(OutputFormat::Id, &[]), "");
        assert_eq!(list(OutputFormat::Json, &[]).trim(), "[]");
    }

    #[test]
    fn table_trims_an_empty_last_column() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &["A", "B"],
            &[
                vec!["x".into(), String::new()],
                vec!["yyyy".into(), "z".into()],
            ],
        )
        .expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "A      B\nx\nyyyy   z\n"
        );
    }
}
