//! CloudTrail inputs for `replay` and `draft`: files and folders of them (a trail synced from S3, Lake or Athena
//! exports), gzipped or not, read in parallel over the cores; each file's results are handed on in the order the
//! files were given, so the output does not depend on which core finished first.

use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use vpce_policy_core::i18n::Message;
use vpce_policy_core::trail::{read_events, Record};

/// The files to read: files as given, folders walked for `.json`, `.jsonl`, `.ndjson` and their `.gz`, sorted. A
/// trail folder is data, not a repository: nothing in it is ignored.
pub fn expand(paths: &[String]) -> Result<Vec<String>, Message> {
    const KINDS: [&str; 6] = [
        ".json",
        ".jsonl",
        ".ndjson",
        ".json.gz",
        ".jsonl.gz",
        ".ndjson.gz",
    ];
    let out = crate::sources::walk(paths, &KINDS, false);
    if out.is_empty() {
        return Err("no CloudTrail file found (.json, .jsonl, .ndjson, or any of them .gz)".into());
    }
    Ok(out)
}

/// Opens a file (or standard input for `-`), decompressing gzip whatever the file's name.
fn open(path: &str) -> Result<Box<dyn Read + Send>, Message> {
    let name = crate::input::display_name(path);
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read {name}: {e}"))?)
    };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let head = buffered
        .fill_buf()
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    })
}

/// Reads one file, handing each record to the closure it is given; `Err` names the file and the position where
/// it stopped being readable.
pub type ReadFile<'a> = dyn FnMut(&mut dyn FnMut(Record)) -> Result<(), Message> + 'a;

/// Reads every file, `per_file` running on a worker for each with the file's records, `done` running on this
/// thread with each file's result in the order of `files`. A file that cannot be read or stops being JSON gives
/// `Err` with its name and position (its earlier records were still handed to `per_file`).
pub fn for_each_file<T: Send>(
    files: &[String],
    per_file: &(dyn Fn(&mut ReadFile<'_>) -> T + Sync),
    done: &mut dyn FnMut(&str, T),
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, T)>();
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let mut read = |each: &mut dyn FnMut(Record)| -> Result<(), Message> {
                    let name = crate::input::display_name(path);
                    let input = open(path)?;
                    read_events(input, each).map(|_| ()).map_err(|e| {
                        Message::new("cli-in-file")
                            .arg("file", name)
                            .words("error", e.message())
                    })
                };
                if tx.send((i, per_file(&mut read))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = std::collections::BTreeMap::new();
        let mut want = 0;
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(r) = pending.remove(&want) {
                if let Some(path) = files.get(want) {
                    done(crate::input::display_name(path), r);
                }
                want += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_is_read_whatever_the_name_and_results_keep_the_files_order() {
        let dir = std::env::temp_dir().join(format!("vpce-trail-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let event = |n: usize| {
            format!(r#"{{"eventID":"{n}","eventSource":"kms.amazonaws.com","eventName":"Decrypt"}}"#)
        };
        let mut files = Vec::new();
        for n in 0..6 {
            let path = dir.join(format!("f{n}.json"));
            let text = format!("{{\"Records\":[{}]}}", event(n));
            if n % 2 == 0 {
                let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                gz.write_all(text.as_bytes()).unwrap();
                std::fs::write(&path, gz.finish().unwrap()).unwrap();
            } else {
                std::fs::write(&path, text).unwrap();
            }
            files.push(path.to_string_lossy().into_owned());
        }
        let mut seen = Vec::new();
        for_each_file(
            &files,
            &|read| {
                let mut ids = Vec::new();
                read(&mut |(_, e)| ids.push(e.map(|e| e.id).unwrap_or_default())).map(|()| ids)
            },
            &mut |_, r| seen.push(r.unwrap().join(",")),
        );
        assert_eq!(seen, ["0", "1", "2", "3", "4", "5"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
