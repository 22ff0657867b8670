#!/usr/bin/env python3
"""Writes tests/validate/cases/*.json. Each expectation names a code and the text its span starts at
(the Nth occurrence, 1-based), so positions are stated by hand, not copied from the implementation.
Run it after editing the table below; the JSON files are what the test reads."""
import json, os

def pos(src, marker, nth=1):
    offset = 0
    if isinstance(marker, tuple):  # (text, offset into it)
        marker, offset = marker
    i = -1
    for _ in range(nth):
        i = src.index(marker, i + 1)
    i += offset
    line = src.count('\n', 0, i) + 1
    col = len(src[src.rfind('\n', 0, i) + 1:i]) + 1
    return line, col

P = lambda stmts, version=True: json.dumps(
    ({"Version": "2012-10-17"} if version else {}) | {"Statement": stmts})
ALLOW = {"Effect": "Allow", "Principal": "*"}

CASES = [
 # name, description, policy (str) or ("fixture", file), options, [(code, marker, nth, path)], after_fix
 ("default-endpoint-policy", "The VPC guide's default full-access endpoint policy gives no error (it has no Version: a warning only).",
  '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}', {},
  [("MISSING_VERSION", "{", 1, "")], []),
 ("valid-full-access", "A complete full-access endpoint policy has no findings.",
  P([ALLOW | {"Action": "imagebuilder:*", "Resource": "*"}]), {}, [], None),
 ("docs-general-nbsp", "Seed 003 exactly as copied: U+00A0 indentation is reported once, at line 2 column 1; --fix repairs everything.",
  ("fixture", "docs-general-nbsp.json"), {},
  [("JSON_SYNTAX_ERROR", "\u00a0", 1, ""), ("MISSING_PRINCIPAL", "{\n", 2, "Statement[0]"),
   ("MISSING_PRINCIPAL", "{\n", 3, "Statement[1]"), ("MISSING_PRINCIPAL", "{\n", 4, "Statement[2]"),
   ("INVALID_ACTION", '"imagebuilder: DeleteImage"', 1, "Statement[1].Action[0]"),
   ("INVALID_ACTION", '"imagebuilder: DeleteComponent"', 1, "Statement[2].Action[0]"),
   ("JSON_SYNTAX_ERROR", ('"Resource": "*",', 15), 1, ""), ("JSON_SYNTAX_ERROR", ('"Resource": "*",', 15), 2, "")], []),
 ("docs-general", "Seed 003 with ordinary spaces: trailing commas at the comma, spaced actions, no Principal.",
  ("fixture", "docs-general.json"), {},
  [("MISSING_PRINCIPAL", "{\n", 2, "Statement[0]"), ("MISSING_PRINCIPAL", "{\n", 3, "Statement[1]"),
   ("MISSING_PRINCIPAL", "{\n", 4, "Statement[2]"),
   ("INVALID_ACTION", '"imagebuilder: DeleteImage"', 1, "Statement[1].Action[0]"),
   ("INVALID_ACTION", '"imagebuilder: DeleteComponent"', 1, "Statement[2].Action[0]"),
   ("JSON_SYNTAX_ERROR", ',\n    }', 1, ""), ("JSON_SYNTAX_ERROR", ',\n    }]', 1, "")], []),
 ("docs-general-commas-fixed", "Once the commas are fixed: INVALID_ACTION twice and MISSING_PRINCIPAL per statement.",
  ("fixture", "docs-general-commas-fixed.json"), {},
  [("MISSING_PRINCIPAL", "{\n", 2, None), ("MISSING_PRINCIPAL", "{\n", 3, None), ("MISSING_PRINCIPAL", "{\n", 4, None),
   ("INVALID_ACTION", '"imagebuilder: DeleteImage"', 1, None), ("INVALID_ACTION", '"imagebuilder: DeleteComponent"', 1, None)], []),
 ("docs-org-restricted", "The docs' org-restricted example keeps principal-org-id, resource-org-id and region placeholders.",
  ("fixture", "docs-org-restricted.json"), {},
  [("UNREPLACED_PLACEHOLDER", '"principal-org-id"', 1, None), ("UNREPLACED_PLACEHOLDER", '"resource-org-id"', 1, None),
   ("UNREPLACED_PLACEHOLDER", '"arn:aws:imagebuilder:region', 1, None)], None),
 ("docs-s3", "The docs' S3 example keeps region and environment placeholders in both bucket names.",
  ("fixture", "docs-s3.json"), {},
  [("UNREPLACED_PLACEHOLDER", '"arn:aws:s3:::ec2imagebuilder-toe', 1, None), ("UNREPLACED_PLACEHOLDER", '"arn:aws:s3:::ec2imagebuilder-managed', 1, None)], None),
 ("docs-s3-fixed-with-region", "With --region and --environment the placeholders have certain fixes.",
  ("fixture", "docs-s3.json"), {"region": "eu-west-1", "environment": "prod"},
  [("UNREPLACED_PLACEHOLDER", '"arn:aws:s3:::ec2imagebuilder-toe', 1, None), ("UNREPLACED_PLACEHOLDER", '"arn:aws:s3:::ec2imagebuilder-managed', 1, None)], []),
 ("comments", "JSON has no comments; AWS rejects them.",
  '{"Version": "2012-10-17", // note\n "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}] /* end */}', {},
  [("JSON_SYNTAX_ERROR", "// note", 1, ""), ("JSON_SYNTAX_ERROR", "/* end */", 1, "")], []),
 ("single-quotes", "Single-quoted strings are not JSON.",
  "{'Version': '2012-10-17', \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}", {},
  [("JSON_SYNTAX_ERROR", "'Version'", 1, ""), ("JSON_SYNTAX_ERROR", "'2012-10-17'", 1, "")], []),
 ("duplicate-keys", "Duplicate keys are rejected; the second is reported and points back to the first.",
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"}]}', {},
  [("JSON_SYNTAX_ERROR", '"Effect"', 2, ""), ("ENDPOINT_POLICY_WITHOUT_ALLOW", '"Statement"', 1, "Statement")], None),
 ("unterminated-string", "An unterminated string stops the parser at the string.",
  '{"Version": "2012-10-17,\n "Statement": []}', {}, [("JSON_SYNTAX_ERROR", '"2012', 1, "")], None),
 ("bad-escape", "\\q is not a JSON escape.",
  '{"Version": "2012-10-17", "Statement": [{"Sid": "a\\qb", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}', {},
  [("JSON_SYNTAX_ERROR", "\\q", 1, "")], None),
 ("top-level-array", "A policy is an object.", '[{"Effect": "Allow"}]', {}, [("JSON_SYNTAX_ERROR", "[", 1, "")], None),
 ("control-character", "A raw tab inside a string must be escaped.",
  '{"Version": "2012-10-17", "Statement": [{"Sid": "a\tb", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}', {},
  [("JSON_SYNTAX_ERROR", "\t", 1, "")], []),
 ("empty-input", "Empty input is an error at 1:1.", "", {}, [("JSON_SYNTAX_ERROR", "", 1, "")], None),
 ("ideographic-space", "A full-width space from a Japanese input method is named.",
  '{\u3000"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}', {},
  [("JSON_SYNTAX_ERROR", "\u3000", 1, "")], []),
 ("missing-version", "No Version: 2008-10-17 rules apply, a warning with a fix.",
  P([ALLOW | {"Action": "*", "Resource": "*"}], version=False), {}, [("MISSING_VERSION", "{", 1, "")], []),
 ("invalid-version", "Only 2012-10-17 and 2008-10-17 exist.",
  '{"Version": "2012-10-18", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}', {},
  [("INVALID_VERSION", '"2012-10-18"', 1, "Version")], None),
 ("missing-statement", "A policy needs statements.", '{"Version": "2012-10-17"}', {}, [("MISSING_STATEMENT", "{", 1, "Statement")], None),
 ("empty-statement-array", "An empty Statement array is reported at the key.",
  '{"Version": "2012-10-17", "Statement": []}', {}, [("MISSING_STATEMENT", '"Statement"', 1, "Statement")], None),
 ("missing-effect", "Effect is required.", P([{"Principal": "*", "Action": "*", "Resource": "*"}]), {},
  [("MISSING_EFFECT", "{", 2, "Statement[0]")], None),
 ("invalid-effect-case", "Effect is case-sensitive; the fix is certain.",
  P([{"Effect": "allow", "Principal": "*", "Action": "*", "Resource": "*"}]), {}, [("INVALID_EFFECT", '"allow"', 1, "Statement[0].Effect")], []),
 ("missing-action-resource", "Action and Resource are required.", P([{"Effect": "Allow", "Principal": "*"}]), {},
  [("MISSING_ACTION", "{", 2, None), ("MISSING_RESOURCE", "{", 2, None)], None),
 ("comma-joined-actions", "A comma inside one action string matches nothing.",
  P([ALLOW | {"Action": "s3:GetObject,PutObject", "Resource": "*"}]), {}, [("INVALID_ACTION", '"s3:GetObject,PutObject"', 1, "Statement[0].Action")], None),
 ("action-without-prefix", "Actions need a service prefix.", P([ALLOW | {"Action": ["GetObject"], "Resource": "*"}]), {},
  [("INVALID_ACTION", '"GetObject"', 1, "Statement[0].Action[0]")], None),
 ("unknown-imagebuilder-action", "Typos in known services are caught, with a suggestion.",
  P([ALLOW | {"Action": ["imagebuilder:DeleteImgae", "imagebuilder:Frob*"], "Resource": "*"}]), {},
  [("UNKNOWN_ACTION", '"imagebuilder:DeleteImgae"', 1, None), ("UNDOCUMENTED_ACTION", '"imagebuilder:Frob*"', 1, None)], None),
 ("action-case-insensitive", "Action names are case-insensitive: lower case is valid.",
  P([ALLOW | {"Action": ["imagebuilder:getimage", "S3:GETOBJECT"], "Resource": "*"}]), {}, [], None),
 ("redundant-action", "An action already covered by a wildcard in the same statement.",
  P([ALLOW | {"Action": ["imagebuilder:*", "imagebuilder:GetImage"], "Resource": "*"}]), {},
  [("REDUNDANT_ACTION", '"imagebuilder:GetImage"', 1, "Statement[0].Action[1]")], None),
 ("empty-arrays", "Empty Action and Resource arrays match nothing.", P([ALLOW | {"Action": [], "Resource": []}]), {},
  [("EMPTY_ARRAY_ACTION", "[]", 1, None), ("EMPTY_ARRAY_RESOURCE", "[]", 2, None)], None),
 ("arn-fields", "ARN prefix, partition, region and account are each checked.",
  P([ALLOW | {"Action": "imagebuilder:GetImage", "Resource": ["imagebuilder:image/x", "arn:amazon:imagebuilder:us-east-1:111122223333:image/*",
     "arn:aws:imagebuilder:us-moon-1:111122223333:image/*", "arn:aws:imagebuilder:us-east-1:12345:image/*", "arn:aws:imagebuilder:us-east-1"]}]), {},
  [("INVALID_ARN_PREFIX", '"imagebuilder:image/x"', 1, None), ("INVALID_PARTITION", "amazon", 1, None),
   ("INVALID_ARN_REGION", "us-moon-1", 1, None), ("INVALID_ARN_ACCOUNT", "12345:", 1, None), ("INVALID_ARN", '"arn:aws:imagebuilder:us-east-1"', 1, None)], None),
 ("arn-account-wildcard-mix", "An ARN account is an account ID or a wildcard, never a mix.",
  P([ALLOW | {"Action": "imagebuilder:GetImage", "Resource": "arn:aws:imagebuilder:us-east-1:1111*:image/*"}]), {},
  [("INVALID_ARN_ACCOUNT", "1111*", 1, None)], None),
 ("arn-region-partition-mismatch", "cn-north-1 is in aws-cn.",
  P([ALLOW | {"Action": "imagebuilder:GetImage", "Resource": "arn:aws:imagebuilder:cn-north-1:111122223333:image/*"}]), {},
  [("INVALID_ARN_REGION", "cn-north-1", 1, None)], None),
 ("s3-arn-region-account", "S3 ARNs have no region or account; the fix removes both.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:us-east-1:111122223333:my-bucket/*"}]), {},
  [("ARN_REGION_NOT_ALLOWED", "us-east-1", 1, None), ("ARN_ACCOUNT_NOT_ALLOWED", "111122223333", 1, None)], []),
 ("redundant-resource", "A resource covered by another entry.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": ["arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/key"]}]), {},
  [("REDUNDANT_RESOURCE", '"arn:aws:s3:::bucket/key"', 1, None)], None),
 ("principal-forms", "Every principal form is accepted.",
  P([{"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/Builder",
     "arn:aws:sts::111122223333:assumed-role/Builder/s1"], "Service": "imagebuilder.amazonaws.com", "Federated": "cognito-identity.amazonaws.com",
     "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}, "Action": "*", "Resource": "*"},
     {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*", "Resource": "*", "Sid": "Two"}]), {}, [], None),
 ("principal-errors", "Bad principal keys, formats and partial wildcards.",
  P([{"Effect": "Allow", "Principal": {"aws": "111122223333", "Users": "x", "Service": "imagebuilder"}, "Action": "*", "Resource": "*"},
     {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/*"}, "Action": "*", "Resource": "*"},
     {"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "*", "Resource": "*"}]), {},
  [("INVALID_PRINCIPAL_KEY", '"aws"', 1, None), ("INVALID_PRINCIPAL_KEY", '"Users"', 1, None), ("INVALID_PRINCIPAL_FORMAT", '"imagebuilder"', 1, None),
   ("UNSUPPORTED_WILDCARD_IN_PRINCIPAL", '"arn:aws:iam::111122223333:role/*"', 1, None), ("INVALID_PRINCIPAL_FORMAT", '"arn:aws:iam::111122223333:root"', 1, None)], None),
 ("identity-policy-principal", "Identity policies cannot have a Principal and need none.",
  P([{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]),
  {"kind": "identity"}, [("UNSUPPORTED_PRINCIPAL", '"Principal"', 1, None)], None),
 ("resource-policy-missing-principal", "Resource policies need a Principal; no automatic fix there.",
  P([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]), {"kind": "resource"},
  [("MISSING_PRINCIPAL", "{", 2, None)], ["MISSING_PRINCIPAL"]),
 ("allow-not-principal", "Allow with NotPrincipal allows everyone else.",
  P([{"Effect": "Allow", "NotPrincipal": {"AWS": "111122223333"}, "Action": "*", "Resource": "*"}]), {},
  [("ALLOW_WITH_NOT_PRINCIPAL", '"NotPrincipal"', 1, None)], None),
 ("conflicting-elements", "Action and NotAction together.",
  P([ALLOW | {"Action": "*", "NotAction": "s3:*", "Resource": "*"}]), {}, [("CONFLICTING_ELEMENTS", '"NotAction"', 1, None)], None),
 ("unsupported-element", "Element names are case-sensitive; unknown elements are rejected.",
  P([ALLOW | {"action": "*", "Resource": "*", "Comment": "x"}]), {},
  [("UNSUPPORTED_ELEMENT", '"action"', 1, None), ("UNSUPPORTED_ELEMENT", '"Comment"', 1, None)], ["UNSUPPORTED_ELEMENT"]),
 ("unique-sids", "Sids must be unique.",
  P([ALLOW | {"Sid": "A", "Action": "s3:GetObject", "Resource": "*"}, ALLOW | {"Sid": "A", "Action": "s3:PutObject", "Resource": "*"}]), {},
  [("UNIQUE_SIDS_REQUIRED", '"A"', 2, None)], None),
 ("redundant-statement", "Two identical statements (Sid aside).",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "*"}, ALLOW | {"Action": "s3:GetObject", "Resource": "*"}]), {},
  [("REDUNDANT_STATEMENT", "{", 3, "Statement[1]")], None),
 ("unknown-operator", "An unknown operator silently drops a Deny; a case slip has a certain fix.",
  P([{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"stringnotequals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}, "StringMatches": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]), {},
  [("INVALID_CONDITION_OPERATOR", '"stringnotequals"', 1, None), ("INVALID_CONDITION_OPERATOR", '"StringMatches"', 1, None), ("ENDPOINT_POLICY_WITHOUT_ALLOW", '"Statement"', 1, "Statement")], ["INVALID_CONDITION_OPERATOR", "ENDPOINT_POLICY_WITHOUT_ALLOW"]),
 ("null-with-if-exists", "Null already tests presence.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"NullIfExists": {"aws:PrincipalOrgID": "true"}}}]), {},
  [("NULL_WITH_IF_EXISTS", '"NullIfExists"', 1, None)], None),
 ("condition-key-format", "Keys look like service:Name; unknown aws: keys warn.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringEquals": {"PrincipalOrgID": "o-a1b2c3d4e5", "aws:PrincipalOrgId": "o-a1b2c3d4e5", "aws:PrincipalOrgIdentifier": "x"}}}]), {},
  [("INVALID_CONDITION_KEY_FORMAT", '"PrincipalOrgID"', 1, None), ("INVALID_GLOBAL_CONDITION_KEY", '"aws:PrincipalOrgIdentifier"', 1, None)], None),
 ("type-mismatch", "Bool with yes, a bad date, a bad CIDR, a non-number, bad base64.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "yes"}, "DateGreaterThan": {"aws:CurrentTime": "2026-13-01"},
     "IpAddress": {"aws:SourceIp": "10.0.0.0/33"}, "NumericLessThan": {"aws:MultiFactorAuthAge": "ten"}, "BinaryEquals": {"s3:x-amz-content-sha256": "%%%"}}}]), {},
  [("TYPE_MISMATCH", '"yes"', 1, None), ("TYPE_MISMATCH", '"2026-13-01"', 1, None), ("TYPE_MISMATCH", '"10.0.0.0/33"', 1, None),
   ("TYPE_MISMATCH", '"ten"', 1, None), ("TYPE_MISMATCH", '"%%%"', 1, None)], None),
 ("forallvalues-single-valued", "ForAllValues on a single-valued key is true when the key is missing.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:TagKeys": "team"}}}]), {},
  [("FORALLVALUES_WITH_SINGLE_VALUED_KEY", '"aws:PrincipalOrgID"', 1, None)], None),
 ("id-formats", "Org IDs, account IDs, OU paths, VPC and VPC endpoint IDs are format-checked.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-ABC", "aws:PrincipalAccount": "1234",
     "aws:SourceVpc": "vpc-xyz", "aws:SourceVpce": "vpce-123", "aws:ResourceOrgPaths": "o-a1b2c3d4e5/r-ab12/team/"}}}]), {},
  [("INVALID_ORG_ID_FORMAT", '"o-ABC"', 1, None), ("INVALID_ACCOUNT_ID_FORMAT", '"1234"', 1, None), ("INVALID_VPC_FORMAT", '"vpc-xyz"', 1, None),
   ("INVALID_VPCE_FORMAT", '"vpce-123"', 1, None), ("INVALID_ORG_PATH_FORMAT", '"o-a1b2c3d4e5/r-ab12/team/"', 1, None)], None),
 ("valid-id-formats", "Well-formed IDs pass.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:PrincipalAccount": ["111122223333"],
     "aws:SourceVpc": "vpc-1a2b3c4d", "aws:SourceVpce": "vpce-1a2b3c4d5e6f7a8b9"}, "ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"}}}]), {}, [], None),
 ("endpoint-system-id-wildcard", "Endpoint policies: no wildcards or numeric operators on keys holding system-generated IDs.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalAccount": "11112222*"}, "NumericEquals": {"aws:SourceVpc": "1"}}}]), {},
  [("WILDCARD_ON_SYSTEM_ID_KEY", '"11112222*"', 1, None), ("NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY", '"aws:SourceVpc"', 1, None)], None),
 ("endpoint-six-literal-characters", "Endpoint policies need six literal characters before or after each wildcard.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalTag/team": ["ab*", "builders*"]}}}]), {},
  [("WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS", '"ab*"', 1, None)], None),
 ("six-literal-rule-is-endpoint-only", "The same wildcard is fine in an identity policy.",
  P([{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalTag/team": "ab*"}}}]), {"kind": "identity"}, [], None),
 ("variables-need-2012", "Policy variables need Version 2012-10-17; the fix sets it.",
  '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}/*"}]}', {},
  [("VARIABLE_UNSUPPORTED_IN_VERSION", '"arn:aws:s3:::b/', 1, None)], []),
 ("missing-brace", "A variable without braces is literal text.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/$aws:username/*"}]), {},
  [("MISSING_BRACE_IN_VARIABLE", '"arn:aws:s3:::b/', 1, None)], None),
 ("variable-with-numeric-operator", "Variables only work with string and ARN operators.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "${aws:username}"}}}]), {},
  [("INVALID_VARIABLE_FOR_OPERATOR", '"${aws:username}"', 1, None)], None),
 ("bucket-region-mismatch", "With --region, a bucket or ARN for another region is an error with a fix.",
  P([ALLOW | {"Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::ec2imagebuilder-toe-us-west-2-prod/*", "arn:aws:s3:::amazon-ssm-us-west-2/*"]},
     {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "imagebuilder:GetComponent", "Resource": "arn:aws:imagebuilder:us-west-2:aws:component/*"}]),
  {"region": "eu-west-1"},
  [("IMAGEBUILDER_BUCKET_REGION_MISMATCH", '"arn:aws:s3:::ec2imagebuilder-toe', 1, None), ("IMAGEBUILDER_BUCKET_REGION_MISMATCH", '"arn:aws:s3:::amazon-ssm', 1, None),
   ("IMAGEBUILDER_BUCKET_REGION_MISMATCH", '"arn:aws:imagebuilder:us-west-2', 1, None)], []),
 ("unknown-environment", "Image Builder buckets end in prod, preprod or beta.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-production/*"}]), {},
  [("UNKNOWN_IMAGEBUILDER_ENVIRONMENT", '"arn:aws:s3:::', 1, None)], None),
 ("org-condition-on-aws-bucket", "Org conditions on Image Builder's AWS-owned buckets block its anonymous downloads.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}},
     {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:ResourceOrgID": "o-a1b2c3d4e5"}}}]),
  {"build_needs": True, "region": "us-east-1", "features": []},
  [("PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE", '"aws:PrincipalOrgID"', 1, None), ("ORG_CONDITION_ON_AWS_OWNED_BUCKET", '"aws:ResourceOrgID"', 1, None),
   ("AWS_OWNED_RESOURCE_NOT_ALLOWED", '"Statement"', 1, "Statement")], None),
 ("org-only-s3-endpoint-policy", "An S3 endpoint policy that allows only the organization's principals: the build's unsigned downloads (AWSTOE, dnf) carry no principal, so they are refused; --fix inserts the statement that lets them in.",
  P([ALLOW | {"Sid": "OrganizationOnly", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]),
  {"build_needs": True, "region": "us-east-1"},
  [("PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE", '"aws:PrincipalOrgID"', 1, 'Statement[0].Condition.StringEquals["aws:PrincipalOrgID"]'),
   ("AWS_OWNED_RESOURCE_NOT_ALLOWED", '"Statement"', 1, "Statement")], []),
 ("aws-owned-resources-allowed", "The same policy with the AWS-owned resources of the default kit allowed in a statement of their own: no finding.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": [f"arn:aws:s3:::{b}/{k}" for b, k in [
      ("ec2imagebuilder-toe-us-east-1-prod", "*"), ("ec2imagebuilder-managed-resources-us-east-1-prod", "components/*"),
      ("amazon-ssm-us-east-1", "*"), ("aws-ssm-us-east-1", "*"), ("al2023-repos-us-east-1-de612dc2", "*"),
      ("amazonlinux-2-repos-us-east-1", "*"), ("amazonlinux.us-east-1.amazonaws.com", "*")]]},
     ALLOW | {"Sid": "OrganizationOnly", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]),
  {"build_needs": True, "region": "us-east-1"}, [], None),
 ("ecr-layers-for-container-recipes", "With container recipes, docker pull downloads ECR's layers through URLs that ECR presigned: the layer bucket must be allowed too.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": [f"arn:aws:s3:::{b}/{k}" for b, k in [
      ("ec2imagebuilder-toe-eu-west-1-prod", "*"), ("ec2imagebuilder-managed-resources-eu-west-1-prod", "components/*"),
      ("amazon-ssm-eu-west-1", "*"), ("aws-ssm-eu-west-1", "*")]]}]),
  {"build_needs": True, "region": "eu-west-1", "features": ["containers"]},
  [("AWS_OWNED_RESOURCE_NOT_ALLOWED", '"Statement"', 1, "Statement")], []),
 ("placeholder-in-condition", "The docs' `region` placeholder in aws:RequestedRegion is filled with --region.",
  P([ALLOW | {"Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:RequestedRegion": "region"}}}]), {"region": "ap-south-1"},
  [("UNREPLACED_PLACEHOLDER", '"region"', 1, None)], []),
 ("size-quota", "Endpoint policies are at most 20,480 characters including whitespace.",
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}' + ' ' * 20400, {},
  [("POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA", "{", 1, "")], None),
 ("identity-size-ignores-whitespace", "Identity policy quota counts no whitespace: the same text is fine.",
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}' + ' ' * 20400, {"kind": "identity"}, [], None),

 # Real-world forms that AWS accepts (issue: zero false alarms), and the data-driven rules.
 ("s3-access-point-arns", "S3 access point, Multi-Region Access Point and access-grants ARNs keep their region and account fields.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": ["arn:aws:s3:us-east-1:111122223333:accesspoint/name/object/*",
     "arn:aws:s3::111122223333:accesspoint/mrap.mrap/object/*"]},
     ALLOW | {"Action": "s3:ListAccessGrants", "Resource": "arn:aws:s3:*:*:access-grants/default"}]), {}, [], None),
 ("s3-wildcard-account", "`*` matches an empty field: the S3 ARNs of AWSImageBuilderFullAccess and AWSCodePipeline_FullAccess.",
  P([{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3::*:*imagebuilder*", "arn:aws:s3::*:codepipeline-*"]}]),
  {"kind": "identity"}, [], None),
 ("aws-owned-accounts", "`aws` is the account of AWS-owned resources in every service (no error; the reference has no CloudFormation transform resource type, so that ARN gets a warning).",
  P([{"Effect": "Allow", "Action": ["sagemaker:DescribeHub", "cloudformation:CreateChangeSet", "sso:ListApplicationProviders"],
      "Resource": ["arn:aws:sagemaker:*:aws:hub/SageMakerPublicHub", "arn:aws:cloudformation:*:aws:transform/Serverless-2016-10-31",
                   "arn:aws:sso::aws:applicationProvider/*"]}]), {"kind": "identity"},
  [("INVALID_ARN_RESOURCE", "transform/", 1, "Statement[0].Resource[1]")], None),
 ("real-actions", "Actions that the hand-typed lists missed are known from the IAM data.",
  P([ALLOW | {"Action": ["s3:GetBucketAbac", "s3:AllowVendedLogDeliveryForResource", "sts:GetWebIdentityToken"], "Resource": "*"}]), {}, [], None),
 ("unknown-service", "A misspelt service prefix is an error with a suggestion; a service the data does not know is a warning.",
  P([ALLOW | {"Action": ["imagebuildr:GetImage", "deeplens:*"], "Resource": "*"}]), {},
  [("UNKNOWN_SERVICE", '"imagebuildr:GetImage"', 1, "Statement[0].Action[0]"), ("UNDOCUMENTED_SERVICE", '"deeplens:*"', 1, "Statement[0].Action[1]")], None),
 ("invalid-arn-resource", "An Image Builder ARN whose resource part fits none of the service's resource types.",
  P([{"Effect": "Deny", "Principal": "*", "Action": "imagebuilder:*", "Resource": "arn:aws:imagebuilder:us-east-1:111122223333:pipeline/x"}]), {},
  [("INVALID_ARN_RESOURCE", "pipeline/x", 1, "Statement[0].Resource"), ("ENDPOINT_POLICY_WITHOUT_ALLOW", '"Statement"', 1, "Statement")], None),
 ("missing-arn-region", "Image Builder images have a region: an empty one matches nothing.",
  P([{"Effect": "Deny", "Principal": "*", "Action": "imagebuilder:*", "Resource": "arn:aws:imagebuilder::111122223333:image/*"}]), {},
  [("MISSING_ARN_REGION", ":111122223333", 1, "Statement[0].Resource"), ("ENDPOINT_POLICY_WITHOUT_ALLOW", '"Statement"', 1, "Statement")], None),
 ("resource-type-mismatch", "s3:GetObject acts on objects: the bucket ARN without /* silently breaks every build.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod"}]), {},
  [("RESOURCE_TYPE_MISMATCH", '"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod"', 1, "Statement[0].Resource")], None),
 ("service-condition-keys", "Service keys are checked for every service, and their types feed TYPE_MISMATCH.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", "Condition": {"StringEquals": {"s3:NoSuchKey": "x", "kms:ViaService": "s3.us-east-1.amazonaws.com"},
     "NumericLessThan": {"s3:x-amz-acl": "5"}}}]), {},
  [("INVALID_SERVICE_CONDITION_KEY", '"s3:NoSuchKey"', 1, None), ("TYPE_MISMATCH", '"s3:x-amz-acl"', 1, None)], None),
 ("angle-bracket-placeholders", "AWS's examples write placeholders as <my-org-id>: each is one UNREPLACED_PLACEHOLDER, not a format error.",
  P([ALLOW | {"Action": "*", "Resource": ["arn:aws:imagebuilder:<region>:aws:component/*"], "Condition": {"StringEquals": {"aws:PrincipalOrgID": "<my-org-id>"}}}]), {},
  [("UNREPLACED_PLACEHOLDER", '"arn:aws:imagebuilder:<region>', 1, None), ("UNREPLACED_PLACEHOLDER", '"<my-org-id>"', 1, None)], None),
 ("arn-partition-mismatch", "GovCloud buckets written arn:aws: in a policy for us-gov-west-1 match nothing there (a real Terraform example did this); the fix writes the partition.",
  P([ALLOW | {"Action": "s3:GetObject", "Resource": ["arn:aws:s3:::ec2imagebuilder-toe-us-gov-west-1-prod/*", "arn:aws-us-gov:s3:::ec2imagebuilder-managed-resources-us-gov-west-1-prod/components/*"]}]),
  {"region": "us-gov-west-1"}, [("ARN_PARTITION_MISMATCH", ("arn:aws:s3", 4), 1, "Statement[0].Resource[0]")], []),
 ("endpoint-policy-without-allow", "An endpoint policy of Deny statements only refuses every request (terraform-aws-vpc's complete example ships two).",
  P([{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:sourceVpc": "vpc-0123456789abcdef0"}}}]), {},
  [("ENDPOINT_POLICY_WITHOUT_ALLOW", '"Statement"', 1, "Statement")], None),
 ("trust-policy-without-resource", "A role trust policy has no Resource element (IAM refuses one); its statements are about the role. A bucket policy statement still needs one.",
  P([{"Effect": "Allow", "Principal": {"Service": "imagebuilder.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]},
     {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:GetObject"}]), {"kind": "resource"},
  [("MISSING_RESOURCE", "{", 4, "Statement[1]")], None),
]

here = os.path.dirname(os.path.abspath(__file__))

# Each case cites the AWS page behind it: the rule registry's page for its first expected code, or these.
import re
catalog = open(os.path.join(here, '..', '..', 'crates', 'core', 'src', 'rules', 'catalog.rs'), encoding='utf-8').read()
RULE_URL = dict(re.findall(r'code: "([A-Z_]+)",.*?url: "([^"]+)"', catalog, re.S))
GRAMMAR = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html"
ENDPOINT = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html"
ARNS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html"
SAR = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html"
DOCS = {"valid-full-access": ENDPOINT, "action-case-insensitive": "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html",
        "principal-forms": "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html",
        "s3-access-point-arns": "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html#amazons3-resources-for-iam-policies",
        "s3-wildcard-account": ARNS, "aws-owned-accounts": ARNS, "real-actions": SAR,
        "aws-owned-resources-allowed": "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html#vpc-endpoint-policy-s3",
        "trust-policy-without-resource": "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html",
        "identity-size-ignores-whitespace": "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"}
out_dir = os.path.join(here, 'cases')
for f in os.listdir(out_dir):
    os.remove(os.path.join(out_dir, f))
for name, desc, policy, opts, expects, after in CASES:
    doc = DOCS.get(name) or (RULE_URL[expects[0][0]] if expects else GRAMMAR)
    case = {"description": desc, "doc": doc}
    if isinstance(policy, tuple):
        case["fixture"] = policy[1]
        src = open(os.path.join(here, 'fixtures', policy[1]), encoding='utf-8').read()
    else:
        case["policy"] = policy
        src = policy
    case |= opts
    exp = []
    for code, marker, nth, path in expects:
        try:
            line, col = pos(src, marker, nth) if marker else (1, 1)
        except ValueError:
            raise SystemExit(f"{name}: {marker!r} #{nth} not found")
        e = {"code": code, "line": line, "column": col}
        if path is not None:
            e["path"] = path
        exp.append(e)
    case["expect"] = exp
    if after is not None:
        case["after_fix"] = after
    with open(os.path.join(out_dir, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(case, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
print(len(CASES), "cases")
