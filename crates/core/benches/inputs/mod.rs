//! The benchmark inputs, shared by the criterion benchmarks and `examples/engine_timing.rs` (which hands the very
//! same texts to the WebAssembly build).

/// A realistic endpoint policy padded with statements to just under 20,480 characters.
pub fn max_size_policy() -> String {
    let mut statements = Vec::new();
    let mut i = 0;
    loop {
        let st = format!(
            r#"    {{
      "Sid": "AllowBuilders{i}",
      "Effect": "Allow",
      "Principal": {{"AWS": "*"}},
      "Action": ["imagebuilder:GetImage", "imagebuilder:CreateImage", "imagebuilder:List*"],
      "Resource": ["arn:aws:imagebuilder:us-east-1:111122223333:image/app-{i}/*"],
      "Condition": {{"StringEquals": {{"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:SourceVpce": "vpce-1a2b3c4d"}}}}
    }}"#
        );
        let candidate = format!(
            "{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n{}\n  ]\n}}\n",
            [statements.clone(), vec![st.clone()]].concat().join(",\n")
        );
        if candidate.chars().count() > 20_480 {
            break;
        }
        statements.push(st);
        i += 1;
    }
    format!(
        "{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n{}\n  ]\n}}\n",
        statements.join(",\n")
    )
}

/// A typical Image Builder endpoint policy: org-restricted, managed components, deny deletes (8 statements).
pub const TYPICAL: &str = r#"{"Version": "2012-10-17", "Statement": [
 {"Sid": "Org", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "imagebuilder:*", "Resource": "*",
  "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:ResourceOrgID": "o-a1b2c3d4e5"}}},
 {"Sid": "Managed", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["imagebuilder:GetComponent", "imagebuilder:GetImage"],
  "Resource": ["arn:aws:imagebuilder:us-east-1:aws:component/*", "arn:aws:imagebuilder:us-east-1:aws:image/*"],
  "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}},
 {"Sid": "NoDeletes", "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": ["imagebuilder:DeleteImage", "imagebuilder:DeleteComponent"], "Resource": "*"},
 {"Sid": "Vpce", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"}}},
 {"Sid": "Tls", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
 {"Sid": "Ip", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"NotIpAddressIfExists": {"aws:VpcSourceIp": "10.0.0.0/8"}}},
 {"Sid": "Tags", "Effect": "Allow", "Principal": "*", "Action": "imagebuilder:Tag*", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}},
 {"Sid": "Home", "Effect": "Allow", "Principal": "*", "Action": "imagebuilder:Get*", "Resource": "arn:aws:imagebuilder:us-east-1:111122223333:image/${aws:PrincipalTag/team}/*"}
]}"#;

/// A request from the organization that the typical policy allows.
pub const TYPICAL_REQUEST: &str = r#"{"principal": "arn:aws:sts::111122223333:assumed-role/Builder/i-1", "action": "imagebuilder:CreateImage",
            "resource": "arn:aws:imagebuilder:us-east-1:111122223333:image/app/1.0.0/1",
            "context": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:ResourceOrgID": "o-a1b2c3d4e5", "aws:SourceVpce": "vpce-1a2b3c4d",
                        "aws:SecureTransport": true, "aws:VpcSourceIp": "10.1.2.3"}}"#;
