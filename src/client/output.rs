//! Printing results as a table, JSON, YAML or bare IDs (`-o`).

use std::io::Write;

use serde::Serialize;

use crate::cli::OutputFormat;

/// Prints a serializable value in a machine format; returns false for `table` (the caller
/// prints its own table) so each command keeps its human layout.
pub fn print_machine<T: Serialize>(format: OutputFormat, value: &T) -> anyhow::Result<bool> {
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, value)?;
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
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let mut out = std::io::stdout().lock();
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
