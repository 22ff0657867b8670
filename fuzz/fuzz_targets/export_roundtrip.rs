//! Any generator configuration (as JSON): the generated policies and the whole kit export to JSON and
//! CloudFormation YAML that parse back to the same policies.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::generate::{export, export_kit, kit, plan, EndpointKind, ExportFormat, GeneratorConfig};

fuzz_target!(|data: &[u8]| {
    let Ok(config) = serde_json::from_slice::<GeneratorConfig>(data) else {
        return;
    };
    if !config.validate().is_empty() {
        return;
    }
    let p = plan(&config);
    for (kind, ep) in [(EndpointKind::Imagebuilder, &p.imagebuilder), (EndpointKind::S3, &p.s3)] {
        let json: serde_json::Value = serde_json::from_str(&export(&config, kind, ep, ExportFormat::Json)).unwrap();
        assert_eq!(json, ep.policy);
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&export(&config, kind, ep, ExportFormat::Cloudformation)).unwrap();
        let resource = yaml["Resources"].as_mapping().unwrap().values().next().unwrap();
        let doc: serde_json::Value = serde_yaml::from_value(resource["Properties"]["PolicyDocument"].clone()).unwrap();
        assert_eq!(doc, ep.policy);
    }
    let k = kit(&config);
    let yaml: serde_yaml::Value = serde_yaml::from_str(&export_kit(&config, &k, ExportFormat::Cloudformation)).unwrap();
    let resources = yaml["Resources"].as_mapping().unwrap();
    assert_eq!(resources.len(), k.endpoints.len());
    for (e, (_, r)) in k.endpoints.iter().zip(resources) {
        let doc: serde_json::Value = serde_yaml::from_value(r["Properties"]["PolicyDocument"].clone()).unwrap();
        assert_eq!(doc, e.plan.policy);
    }
    let json: serde_json::Value = serde_json::from_str(&export_kit(&config, &k, ExportFormat::Json)).unwrap();
    assert_eq!(json["endpoints"].as_array().unwrap().len(), k.endpoints.len());
});
