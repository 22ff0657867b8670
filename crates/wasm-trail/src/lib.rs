//! `replayFiles(files, candidate, options, progress)`: CloudTrail files replayed through a candidate endpoint
//! policy, in a Web Worker (`lib/trail/worker.js` starts it): the files are read in slices with `FileReaderSync`,
//! gzip decoded as they stream, so a 1 GB trail takes memory bounded by the largest event, and nothing leaves the
//! page. Returns the grouped report and a policy drafted from the same calls.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use vpce_policy_core::trail::draft::{draft, Draft, DraftOptions, Observed};
use vpce_policy_core::trail::{read_events_within, Collector, RebuildOptions, Replayer, Report};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export interface ReplayOptions { baseline?: string; vpce?: string; allCalls?: boolean; principalOrgId?: string;
  orgs?: Record<string, string>; region?: string }
export type ReplayProgress = (bytesRead: number, bytesTotal: number, events: number) => void;
"#;

/// Slices of a file are read this large: progress moves at least every MiB.
const SLICE: f64 = 1024.0 * 1024.0;
/// A worker's memory is the tab's: inputs under 8 MiB are parsed whole, larger ones stream.
const IN_MEMORY: u64 = 8 << 20;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Options {
    baseline: Option<String>,
    vpce: Option<String>,
    all_calls: bool,
    principal_org_id: Option<String>,
    orgs: BTreeMap<String, String>,
    region: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replayed {
    report: Report,
    draft: Option<Draft>,
    /// Files that could not be read to their end, each with why.
    unreadable: Vec<String>,
}

/// A value as a plain JS object, through JSON text: serde_json is in the module anyway, and serde-wasm-bindgen
/// besides it cost the module about 4 KB gzipped (as it did the JavaScript API's, docs/benchmarks.md).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

fn error(message: String) -> JsValue {
    to_js(&serde_json::json!({ "error": { "message": message } }))
}

/// A `Blob` as a reader, a slice at a time, telling `progress` how far it is.
struct BlobReader<'a> {
    blob: web_sys::Blob,
    reader: web_sys::FileReaderSync,
    at: f64,
    done_before: f64,
    progress: &'a dyn Fn(f64),
}

impl Read for BlobReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let size = self.blob.size();
        if self.at >= size || buf.is_empty() {
            return Ok(0);
        }
        let end = (self.at + SLICE.min(buf.len() as f64)).min(size);
        let slice = self
            .blob
            .slice_with_f64_and_f64(self.at, end)
            .map_err(|_| std::io::Error::other("the file could not be sliced"))?;
        let bytes = self
            .reader
            .read_as_array_buffer(&slice)
            .map_err(|_| std::io::Error::other("the file could not be read (was it removed?)"))?;
        let array = js_sys::Uint8Array::new(&bytes);
        let n = array.length() as usize;
        let out = buf
            .get_mut(..n)
            .ok_or_else(|| std::io::Error::other("a slice was larger than asked"))?;
        array.copy_to(out);
        self.at += n as f64;
        (self.progress)(self.done_before + self.at);
        Ok(n)
    }
}

/// Takes the text of the IAM data file (`data/iam-<hash>.txt`), which the module's `init()` fetches once per page
/// and shares with the other modules; throws when the text is not that file.
#[wasm_bindgen(js_name = loadData)]
pub fn load_data(text: String) -> Result<String, JsError> {
    vpce_policy_core::data::iam::load(text)
        .map(|db| db.source.to_string())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Takes a language pack (`data/<tag>-<hash>.ftl`): English, which the module's `init()` loads with the IAM data,
/// and another language when the page shows it. Throws when the text is not that pack.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(tag: String, text: String) -> Result<(), JsError> {
    let locale = vpce_policy_core::i18n::Locale::parse(&tag)
        .ok_or_else(|| JsError::new(&format!("no language `{tag}`")))?;
    vpce_policy_core::i18n::load(locale, &text).map_err(|e| JsError::new(&e.to_string()))
}

/// Replays `files` (an array of `File`) through `candidate`; `progress(bytesRead, bytesTotal, events)` is called as
/// the files are read. `{report, draft, unreadable}`, or `{error}`.
#[wasm_bindgen(js_name = replayFiles, unchecked_return_type = "{ report: unknown; draft?: unknown; unreadable: string[] } | { error: { message: string } }")]
pub fn replay_files(
    #[wasm_bindgen(unchecked_param_type = "File[]")] files: js_sys::Array,
    candidate: String,
    #[wasm_bindgen(unchecked_param_type = "ReplayOptions | undefined")] options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReplayProgress")] progress: js_sys::Function,
) -> JsValue {
    let o: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        let text = js_sys::JSON::stringify(&options)
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        match serde_json::from_str(&text) {
            Ok(o) => o,
            Err(e) => return error(format!("options: {e}")),
        }
    };
    let reader = match web_sys::FileReaderSync::new() {
        Ok(r) => r,
        Err(_) => {
            return error("replayFiles runs in a Web Worker (FileReaderSync is not available here)".into())
        }
    };
    let rebuild = RebuildOptions {
        orgs: o.orgs.clone(),
        home_org: o.principal_org_id.clone(),
        all_calls: o.all_calls,
    };
    let replayer = Replayer::new(&candidate, o.baseline.as_deref(), o.vpce.clone(), rebuild);
    let blobs: Vec<web_sys::Blob> = files.iter().filter_map(|f| f.dyn_into().ok()).collect();
    let total: f64 = blobs.iter().map(web_sys::Blob::size).sum();
    let mut collector = Collector::default();
    let mut observed = Observed::default();
    let mut unreadable = Vec::new();
    let mut done_before = 0.0;
    let events = std::cell::Cell::new(0u64);
    for (i, blob) in blobs.into_iter().enumerate() {
        let name = files
            .get(i as u32)
            .dyn_into::<web_sys::File>()
            .map_or_else(|_| format!("file {}", i + 1), |f| f.name());
        let size = blob.size();
        let report = |at: f64| {
            let _ = progress.call3(
                &JsValue::NULL,
                &JsValue::from_f64(at),
                &JsValue::from_f64(total),
                &JsValue::from_f64(events.get() as f64),
            );
        };
        let raw = BlobReader {
            blob,
            reader: reader.clone(),
            at: 0.0,
            done_before,
            progress: &report,
        };
        let mut buffered = BufReader::with_capacity(SLICE as usize, raw);
        let gzip = buffered
            .fill_buf()
            .map(|h| h.starts_with(&[0x1f, 0x8b]))
            .unwrap_or(false);
        let input: Box<dyn Read> = if gzip {
            Box::new(BufReader::with_capacity(
                SLICE as usize,
                flate2::bufread::MultiGzDecoder::new(buffered),
            ))
        } else {
            Box::new(buffered)
        };
        let outcome = read_events_within(input, IN_MEMORY, &mut |record| {
            events.set(events.get() + 1);
            if let Some(r) = collector.take(&replayer, record, &name) {
                observed.add(&r);
            }
        });
        if let Err(e) = outcome {
            unreadable.push(format!("{name}:{e}"));
        }
        done_before += size;
    }
    let drafted = (!observed.is_empty()).then(|| {
        let options = match o.region.as_deref() {
            Some(region) if region != "none" => DraftOptions::default().with_kit_downloads(region),
            _ => DraftOptions::default(),
        };
        draft(&observed, &options)
    });
    to_js(&Replayed {
        report: collector.report(),
        draft: drafted,
        unreadable,
    })
}
