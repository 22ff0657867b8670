# vpce-policy messages: en
# The English source of every text the product shows for findings and rules (Fluent syntax, the subset
# crates/core/src/i18n/ftl.rs reads: one-line values, attributes, { $variables }, { "{" } for a brace).
# Every other pack (ja.ftl) has the same ids with the same variables; a test checks it. docs/i18n.md says how
# to add a language.

## Rules: each finding code, its title, what it checks and why it matters (vpce-policy explain CODE).

ALLOW_WITH_NOT_PRINCIPAL =
    .title = Allow with NotPrincipal
    .checks = Flags a statement with "Effect": "Allow" that names its principals with NotPrincipal instead of Principal.
    .why = Allow with NotPrincipal grants access to every principal except the ones listed, anonymous callers included, so the endpoint is open far wider than intended. Name the principals to allow with Principal, or allow "*" and narrow it with a condition such as aws:PrincipalOrgID.

ARN_ACCOUNT_NOT_ALLOWED =
    .title = Account ID in an ARN that has no account field
    .checks = Flags a resource ARN that holds an account ID although the ARN format of its resource type leaves the account field empty, as for S3 buckets and objects (arn:aws:s3:::bucket/key). S3 access points, whose ARNs do have an account, are not flagged.
    .why = ARNs are compared field by field and these resources never have an account in their ARN, so the statement matches no request. --fix empties the field; to restrict the bucket owner, use the aws:ResourceAccount condition key instead.

ARN_PARTITION_MISMATCH =
    .title = ARN in another partition than the policy's region
    .checks = When the policy's region is given (--region, or --var region for a template), flags an ARN whose partition is not that region's: arn:aws: in a GovCloud or China policy, for example. The example assumes --region us-gov-west-1.
    .why = Each partition is a separate AWS: an ARN of partition aws matches nothing in aws-us-gov, so the statement silently allows or denies nothing there. Templates that deploy to several partitions write arn:${ "{" }AWS::Partition{ "}" }:.

ARN_REGION_NOT_ALLOWED =
    .title = Region in an ARN that has no region field
    .checks = Flags a resource ARN that holds a region although the ARN format of its resource type leaves the region field empty, as for S3 buckets and objects and for IAM roles. S3 access points, whose ARNs do have a region, are not flagged.
    .why = ARNs are compared field by field and these resources never have a region in their ARN, so the statement matches no request: here the AWSTOE download stays blocked and Image Builder builds fail. --fix empties the field.

AWS_OWNED_RESOURCE_NOT_ALLOWED =
    .title = The build's AWS-owned downloads are refused
    .checks = In an S3 endpoint policy, evaluates the anonymous s3:GetObject that a build makes for each AWS-owned resource its features need (AWSTOE, the managed components, the SSM agent and its modules, the Amazon Linux repositories, ECR layers: the catalogue in data/owned.tsv) and flags the policy when any is refused, naming each. The features are the kit's defaults unless given (--features).
    .why = These downloads are unsigned or presigned by an AWS service, from buckets outside your organization: a policy that only allows your principals or your organization's resources refuses them, and the build fails much later (AWSTOE never starts, dnf gets 403). The fix inserts a statement that allows s3:GetObject on exactly these resources, with no condition.

CONFLICTING_ELEMENTS =
    .title = Conflicting elements in a statement
    .checks = Flags a statement that has both Action and NotAction, both Resource and NotResource, or both Principal and NotPrincipal; the second element of the pair is reported.
    .why = The elements of each pair are mutually exclusive and AWS rejects a statement that has both. Keep the one you mean.

EMPTY_ARRAY_ACTION =
    .title = Empty Action array
    .checks = Flags an Action or NotAction element that is an empty array.
    .why = A statement with an empty action list does not do what it appears to: it lists no action to allow or deny. It is usually a list whose items were all deleted, or a template variable that expanded to nothing.

EMPTY_ARRAY_CONDITION =
    .title = Empty condition value array
    .checks = Flags a condition key whose value is an empty array.
    .why = A key with no values compares the request with nothing, so the condition cannot express the restriction it seems to; it is usually a list that a template left empty, such as an organization ID that was never filled in.

EMPTY_ARRAY_PRINCIPAL =
    .title = Empty principal array
    .checks = Flags a principal type (AWS, Service, Federated or CanonicalUser) whose list of principals is an empty array.
    .why = An empty list names no one, so the statement applies to no caller: an Allow grants nothing and a Deny blocks nothing.

EMPTY_ARRAY_RESOURCE =
    .title = Empty Resource array
    .checks = Flags a Resource or NotResource element that is an empty array.
    .why = A statement with an empty resource list does not do what it appears to: it names no resource to allow or deny. It is usually a list whose items were all deleted, or a template variable that expanded to nothing.

EMPTY_OBJECT_CONDITION =
    .title = Empty Condition object
    .checks = Flags a Condition element that is an empty object, or a condition operator that holds no condition keys.
    .why = An empty condition restricts nothing, so the statement applies unconditionally; if a restriction such as aws:PrincipalOrgID was intended, it has been lost.

EMPTY_OBJECT_PRINCIPAL =
    .title = Empty Principal object
    .checks = Flags a Principal or NotPrincipal element that is an empty object.
    .why = An empty principal object names no one, so the statement applies to no caller: an Allow grants nothing and a Deny blocks nothing.

ENDPOINT_POLICY_WITHOUT_ALLOW =
    .title = An endpoint policy with no Allow
    .checks = Flags an endpoint policy whose statements are all Deny statements.
    .why = The endpoint policy must allow a request for it to pass the endpoint; Deny statements only take away. With no Allow, every request through the endpoint is implicitly denied: the policy usually meant to carve exceptions out of full access and left the full access out.

ENDPOINT_WITHOUT_POLICY =
    .title = A VPC endpoint with no policy (templates)
    .checks = In a CloudFormation template or a Terraform file, flags an AWS::EC2::VPCEndpoint or aws_vpc_endpoint with no policy (and, in Terraform, no aws_vpc_endpoint_policy for it) whose service takes endpoint policies. The services that take none are data from AWS's pages (crates/core/src/data/no_endpoint_policy.tsv), so they are never flagged. `validate --strict` makes it an error. The examples are template snippets.
    .why = An endpoint without a policy gets AWS's default policy, which allows every action on every resource to every principal: anyone in the VPC reaches any account's resources of that service through it, the data-exfiltration path endpoint policies exist to close.

FORALLVALUES_WITH_SINGLE_VALUED_KEY =
    .title = ForAllValues with a single-valued key
    .checks = Flags the ForAllValues: qualifier on a condition key that is single-valued, such as aws:PrincipalOrgID.
    .why = ForAllValues is also true when the key is missing from the request, so an Allow meant for your organization also matches anonymous callers and principals outside any organization. Drop the qualifier; use it only with multi-valued keys such as aws:TagKeys.

IMAGEBUILDER_BUCKET_REGION_MISMATCH =
    .title = Image Builder bucket or ARN for another region
    .checks = When the policy's region is given (--region), flags an Image Builder bucket (ec2imagebuilder-toe, ec2imagebuilder-managed-resources, amazon-ssm) or an imagebuilder ARN for a different region. The example assumes --region us-east-1.
    .why = Image Builder only reaches its buckets and managed resources in its own region, so a statement for another region leaves the real downloads blocked by the S3 endpoint and builds fail. --fix rewrites the region.

INVALID_ACCOUNT_ID_FORMAT =
    .title = Invalid account ID in a condition
    .checks = Flags a value of an account-ID condition key (aws:PrincipalAccount, aws:ResourceAccount, aws:SourceAccount, aws:VpceAccount) that is not a 12-digit account ID.
    .why = Account IDs are compared as exact strings, so a value with dashes or spaces never matches and the condition silently fails.

INVALID_ACTION =
    .title = Malformed action
    .checks = Flags an action that can never match: one containing whitespace ("imagebuilder: DeleteImage"), several actions joined with a comma in one string, or a value that is not of the form service:Action.
    .why = Such an action matches nothing, so the Deny below leaves image deletion allowed. --fix removes the whitespace when the result is a single service:Action.

INVALID_ARN =
    .title = ARN with too few fields
    .checks = Flags a resource that starts with arn: but has fewer than the six colon-separated fields arn:partition:service:region:account:resource.
    .why = ARNs are compared field by field, so a truncated ARN names no resource and the statement matches nothing. S3 ARNs keep their empty region and account fields: arn:aws:s3:::bucket/*.

INVALID_ARN_ACCOUNT =
    .title = Invalid ARN account field
    .checks = Flags an ARN account field, in Resource or in an ARN-typed condition value, that is not a 12-digit account ID, a wildcard, or aws / aws-marketplace for AWS-owned resources such as Image Builder's managed components; this includes an account ID mixed with a wildcard such as 1111222233*.
    .why = An account field that is not an account ID matches no resource, and endpoint policies allow an account ID or a wildcard in the account field, not both.

INVALID_ARN_PREFIX =
    .title = Resource that is not an ARN
    .checks = Flags a Resource or NotResource value that is neither "*" nor an ARN starting with arn:, such as a bare bucket name.
    .why = Resources are matched as ARNs, so a bucket name or path matches nothing and the statement grants nothing.

INVALID_ARN_REGION =
    .title = Invalid ARN region
    .checks = Flags an ARN region field that is not a region code (a typo such as us-east1), or a region of another partition than the ARN's (cn-north-1 in an arn:aws: ARN).
    .why = The region field is compared literally, so a misspelled or wrong-partition region matches no resource and the statement does nothing.

INVALID_ARN_RESOURCE =
    .title = ARN that fits no resource type of its service
    .checks = Flags an ARN whose service is known but which fits none of that service's resource-type ARN formats in the Service Authorization Reference, such as pipeline/golden-ami where Image Builder's format is image-pipeline/${ "{" }ImagePipelineName{ "}" }.
    .why = An ARN that no resource can have matches no request, and AWS reports no error: the Deny below protects no pipeline.

INVALID_CONDITION =
    .title = Malformed Condition element
    .checks = Flags a Condition element that is not an object, a condition operator whose value is not an object of condition keys, or a condition value that is not a string, number or boolean (or an array of them).
    .why = AWS rejects a malformed condition block. The shape is { "{" }"Operator": { "{" }"key": value or [values]{ "}" }{ "}" }.

INVALID_CONDITION_KEY_FORMAT =
    .title = Malformed condition key
    .checks = Flags a condition key that is not of the form prefix:Name, such as PrincipalOrgID without its aws: prefix, or a key containing whitespace.
    .why = A malformed key is never present in a request, so the condition cannot work as written: it is false, or true for negated and IfExists operators.

INVALID_CONDITION_OPERATOR =
    .title = Unknown condition operator
    .checks = Flags a condition operator that does not exist, including misspellings such as StringEqual and miscased names such as stringEquals.
    .why = An unknown operator never matches, so the statement never applies: in a Deny, the deny is silently dropped. --fix corrects the case of a miscased operator.

INVALID_EFFECT =
    .title = Invalid Effect
    .checks = Flags an Effect that is not exactly Allow or Deny, such as allow.
    .why = Effect is case-sensitive and AWS rejects any other value. --fix corrects the case.

INVALID_GLOBAL_CONDITION_KEY =
    .title = Unknown global condition key
    .checks = Flags an aws: condition key that is not a known global condition key, such as aws:PrincipalOrganizationId.
    .why = A key that is never in the request makes the condition false (or true for negated and IfExists operators), so the restriction does not do what it says.

INVALID_ID =
    .title = Id that is not a string
    .checks = Flags a policy Id element that is not a string.
    .why = AWS rejects an Id of any other JSON type; write it as a string.

INVALID_ORG_ID_FORMAT =
    .title = Invalid organization ID in a condition
    .checks = Flags a value of an organization-ID key (aws:PrincipalOrgID, aws:ResourceOrgID, aws:SourceOrgID, aws:VpceOrgID) that is not o- followed by 10 to 32 lowercase letters or digits, such as an organization ARN.
    .why = The condition compares strings, so an ARN, a root ID or a miscased ID never matches and the statement shuts out your own organization.

INVALID_ORG_PATH_FORMAT =
    .title = Invalid organization path in a condition
    .checks = Flags a value of an organization-path key (aws:PrincipalOrgPaths, aws:ResourceOrgPaths, aws:SourceOrgPaths, aws:VpceOrgPaths) that is not of the form o-ID/r-ID/ou-ID/..., for example a path that skips the root.
    .why = Paths are matched as strings from the organization ID through the root, so a path without the root never matches.

INVALID_PARTITION =
    .title = Unknown ARN partition
    .checks = Flags an ARN partition that is not aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc.
    .why = No resource lives in an unknown partition, so the ARN matches nothing.

INVALID_PRINCIPAL_FORMAT =
    .title = Malformed principal
    .checks = Flags a Principal that is a string other than "*" or is neither a string nor an object, and principal values invalid for their type: an AWS principal that is not an account ID or IAM/STS ARN, a Service principal that is not a service name such as imagebuilder.amazonaws.com, a canonical user ID that is not 64 hex characters.
    .why = AWS rejects malformed principals. A bare account ID must be written as { "{" }"AWS": "111122223333"{ "}" }.

INVALID_PRINCIPAL_KEY =
    .title = Unknown principal type
    .checks = Flags a principal type other than AWS, Service, Federated and CanonicalUser, including miscased ones such as aws.
    .why = Principal types are case-sensitive and AWS rejects any other key. --fix corrects the case.

INVALID_RESOURCE =
    .title = Resource that is not a string
    .checks = Flags a Resource or NotResource element, or an item of its array, that is not a string.
    .why = AWS rejects it: Resource is an ARN string, "*", or an array of them.

INVALID_SERVICE_CONDITION_KEY =
    .title = Unknown service condition key
    .checks = Flags a condition key whose prefix is a known service but which that service does not define in the Service Authorization Reference data, such as imagebuilder:Ec2MetadataHttpToken.
    .why = A key the service never sets is missing from every request, so the condition is always false (or always true for negated operators) and the policy does not enforce what it says.

INVALID_SID =
    .title = Sid that is not a string
    .checks = Flags a statement Sid that is not a string.
    .why = AWS rejects a Sid of any other JSON type; write it as a string.

INVALID_STATEMENT =
    .title = Statement that is not an object
    .checks = Flags a Statement element that is neither an object nor an array, and an item of the Statement array that is not an object.
    .why = AWS rejects it: every statement is an object with Effect, Action, Resource and, in endpoint policies, Principal.

INVALID_VARIABLE_FOR_OPERATOR =
    .title = Policy variable with an operator that does not support it
    .checks = Flags a policy variable such as ${ "{" }aws:TokenIssueTime{ "}" } in the value of a Numeric, Date, Bool, Binary, IpAddress or Null condition.
    .why = AWS substitutes variables only in String and Arn conditions; elsewhere the condition cannot work as intended.

INVALID_VERSION =
    .title = Invalid Version
    .checks = Flags a Version other than 2012-10-17 or 2008-10-17, such as today's date.
    .why = Version names the policy language, not the date the policy was written, and AWS rejects any other value. --fix removes stray whitespace around a valid version.

INVALID_VPCE_FORMAT =
    .title = Invalid VPC endpoint ID in a condition
    .checks = Flags an aws:SourceVpce value that is not vpce- followed by 8 or 17 hexadecimal characters.
    .why = Endpoint IDs are compared exactly, so a truncated or mistyped ID never matches and the condition silently fails.

INVALID_VPC_FORMAT =
    .title = Invalid VPC ID in a condition
    .checks = Flags an aws:SourceVpc value that is not vpc- followed by 8 or 17 hexadecimal characters.
    .why = VPC IDs are compared exactly, so a truncated or mistyped ID never matches and the condition silently fails.

JSON_SYNTAX_ERROR =
    .title = Invalid JSON
    .checks = Flags anything that is not strict JSON: trailing commas, comments, single quotes, duplicate keys, bad escapes, raw control characters, unterminated strings, look-alike spaces such as U+00A0 (copied from web pages), content after the document, a top level that is not an object, empty input, and nesting deeper than 64 levels.
    .why = AWS rejects the whole document. --fix removes trailing commas and comments, converts single quotes, escapes control characters, inserts missing commas and replaces look-alike spaces.

MISSING_ACTION =
    .title = Statement without Action
    .checks = Flags a statement that has neither Action nor NotAction.
    .why = AWS rejects a statement that does not say which actions it is about.

MISSING_ARN_REGION =
    .title = ARN without the region its format needs
    .checks = Flags an ARN whose region field is empty although the service's ARN formats for this resource need a region, such as arn:aws:imagebuilder::111122223333:image/*. A wildcard in the field matches.
    .why = An empty field matches only resources without a region, and these always have one, so the statement matches nothing: the Deny below protects no image.

MISSING_BRACE_IN_VARIABLE =
    .title = Policy variable without braces
    .checks = Flags a policy variable whose ${ "{" } has no closing { "}" }, or a variable written without braces such as $aws:username.
    .why = The text is not a variable, so it is matched literally and the resource or condition matches nothing.

MISSING_EFFECT =
    .title = Statement without Effect
    .checks = Flags a statement that has no Effect element.
    .why = AWS rejects a statement that does not say whether it allows or denies.

MISSING_PRINCIPAL =
    .title = Statement without Principal
    .checks = In an endpoint or resource policy, flags a statement that has neither Principal nor NotPrincipal.
    .why = Endpoint policies must contain a Principal element. AWS evaluates a missing endpoint-policy principal as "*", so --fix adds "Principal": "*" without changing who is allowed.

MISSING_RESOURCE =
    .title = Statement without Resource
    .checks = Flags a statement that has neither Resource nor NotResource.
    .why = AWS rejects a statement that does not say which resources it is about; use "*" for all of them.

MISSING_STATEMENT =
    .title = Policy without statements
    .checks = Flags a policy with no Statement element, or with an empty one.
    .why = A policy must contain at least one statement, and AWS rejects one that has none.

MISSING_VERSION =
    .title = Policy without Version
    .checks = Flags a policy that has no Version element.
    .why = Without Version, AWS reads the policy with the 2008-10-17 rules, under which policy variables such as ${ "{" }aws:username{ "}" } are plain text. --fix adds "Version": "2012-10-17" when the policy uses no variables.

NULL_WITH_IF_EXISTS =
    .title = Null with IfExists
    .checks = Flags the Null condition operator with the IfExists suffix.
    .why = Null already tests whether a key is present, and AWS does not accept IfExists on it; use Null alone.

NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY =
    .title = Numeric operator on a system ID key
    .checks = In an endpoint policy, flags a Numeric operator on a key that holds a system-generated ID: aws:PrincipalAccount, aws:ResourceAccount, aws:SourceAccount, aws:VpceAccount, aws:SourceVpc, aws:SourceVpce and the organization-ID keys.
    .why = VPC endpoint policies do not allow numeric condition operators with these keys; compare the IDs as strings with StringEquals.

ORG_CONDITION_ON_AWS_OWNED_BUCKET =
    .title = Resource organization condition on an AWS-owned bucket
    .checks = In a policy about S3, flags a condition on the resource's organization or account (aws:ResourceOrgID, aws:ResourceOrgPaths, aws:ResourceAccount) on a statement that allows s3:GetObject on an AWS-owned bucket Image Builder downloads from, or on a Deny that would cover those buckets.
    .why = Image Builder downloads AWSTOE, managed components and the SSM agent from buckets that AWS owns, outside your organization and account, so the condition blocks the downloads and every build fails (conditions on the principal are PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE). Allow those buckets in a separate statement without such conditions.

POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA =
    .title = Endpoint policy over 20,480 characters
    .checks = Flags an endpoint policy longer than 20,480 characters, whitespace included.
    .why = AWS rejects a larger endpoint policy. Minify the JSON, merge statements, or use wildcards instead of long action and resource lists.

POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA =
    .title = Identity policy over 6,144 characters
    .checks = For identity policies, flags a policy longer than 6,144 characters not counting whitespace (the customer managed policy quota); not reported with --aws-managed.
    .why = IAM rejects a larger managed policy, and whitespace does not count, so minifying does not help: merge statements, use wildcards, or split the policy into several.

POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA =
    .title = Resource policy over 20,480 characters
    .checks = For resource policies, flags a policy longer than 20,480 characters (the S3 bucket policy quota).
    .why = AWS rejects a resource policy over its quota. Minify the JSON, merge statements, or use wildcards instead of long lists.

PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE =
    .title = A principal condition on downloads that carry no principal
    .checks = In an S3 endpoint policy, flags each principal condition key (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:userid, aws:PrincipalTag/…) of an Allow that covers AWS-owned resources the build needs and the policy refuses.
    .why = Requests for these resources are unsigned (dnf, AWSTOE, the SSM agent) or presigned by an AWS service (ECR layers): they carry no key that describes your principal, so the condition is never true for them and the statement never allows them.

REDUNDANT_ACTION =
    .title = Redundant action
    .checks = Flags an action already covered by another value of the same Action or NotAction: a duplicate, or one matched by a wildcard such as imagebuilder:Get*.
    .why = It changes nothing but the size of a policy with a 20,480-character quota, and it misleads whoever edits the list later.

REDUNDANT_RESOURCE =
    .title = Redundant resource
    .checks = Flags a resource already covered by another value of the same Resource or NotResource: a duplicate, or one matched by a wildcard.
    .why = It changes nothing but the size of the policy, and it misleads whoever edits the list later.

REDUNDANT_STATEMENT =
    .title = Redundant statement
    .checks = Flags a statement identical to an earlier one, Sid aside.
    .why = It changes nothing but the size of the policy, and when someone later edits one copy the other still grants the old access.

RESOURCE_TYPE_MISMATCH =
    .title = Actions and resources of different types
    .checks = Flags an Allow statement none of whose actions acts on a resource type that its Resource ARNs can name, such as s3:GetObject (which acts on objects) on arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod (a bucket).
    .why = The statement allows nothing. On the S3 endpoint this silently breaks every Image Builder build: the AWSTOE download is s3:GetObject on objects, so the bucket ARN needs /*.

TYPE_MISMATCH =
    .title = Condition value or operator of the wrong type
    .checks = Flags a condition value that cannot be of the operator's type ("no" for Bool, a non-ISO-8601 date, a non-number for Numeric, a malformed CIDR for IpAddress), and an operator that cannot compare the key's type, such as IpAddress on aws:PrincipalOrgID.
    .why = AWS cannot compare the values, so the condition never matches: an Allow grants nothing and a Deny denies nothing.

UNDOCUMENTED_ACTION =
    .title = Action not in the Service Authorization Reference
    .checks = Flags an action of a known service that is not in the embedded Service Authorization Reference data and is not a likely typo of one (a typo is UNKNOWN_ACTION), and a wildcard that matches none of the service's actions.
    .why = An action AWS does not know matches nothing, so an Allow grants nothing and a Deny denies nothing. AWS also adds actions faster than any snapshot: an action newer than the embedded data is reported too, so check it against the reference before you change it.

UNDOCUMENTED_SERVICE =
    .title = Service not in the Service Authorization Reference
    .checks = Flags an action whose service prefix is not a service of the embedded Service Authorization Reference data and is not a likely typo of one (a typo is UNKNOWN_SERVICE).
    .why = Actions of a service AWS does not have match nothing. AWS's own managed policies still name retired services (deeplens, mobilehub, zocalo); a service newer than the embedded data is reported too.

UNIQUE_SIDS_REQUIRED =
    .title = Duplicate Sid
    .checks = Flags a Sid used by more than one statement of the policy.
    .why = Sids identify statements, and some policy types reject duplicates; findings, logs and later edits that refer to the Sid become ambiguous.

UNKNOWN_ACTION =
    .title = Unknown action
    .checks = Flags an action that is not one of its service's actions in the Service Authorization Reference data, such as imagebuilder:GetImages, and a wildcard pattern that matches none of them.
    .why = AWS accepts a misspelled action silently and it matches nothing, so an Allow grants nothing and a Deny denies nothing. The finding suggests the closest real action.

UNKNOWN_IMAGEBUILDER_ENVIRONMENT =
    .title = Unknown Image Builder environment
    .checks = Flags an ec2imagebuilder-toe or ec2imagebuilder-managed-resources bucket whose environment suffix is not prod, preprod or beta.
    .why = Those buckets exist only for the three environments, so another suffix names a bucket that does not exist and Image Builder's real downloads stay blocked; most accounts use prod.

UNKNOWN_SERVICE =
    .title = Unknown service prefix
    .checks = Flags an action whose service prefix is not any AWS service in the Service Authorization Reference, such as imagebuildr:GetImage.
    .why = The action matches nothing and AWS does not complain, so an Allow grants nothing and a Deny denies nothing.

UNREPLACED_PLACEHOLDER =
    .title = Unreplaced placeholder from the AWS docs
    .checks = Flags a placeholder left from the AWS documentation's example policies (region, environment, principal-org-id, resource-org-id, account-id) in a condition value, an ARN's region or account, or an Image Builder bucket name.
    .why = A placeholder matches nothing real, so the pasted policy blocks Image Builder or restricts nothing. With --region and --environment, --fix fills in the region and the environment.

UNSUPPORTED_ELEMENT =
    .title = Unknown or miscased policy element
    .checks = Flags a key that is not a policy element where it appears, including miscased element names such as resource.
    .why = Element names are case-sensitive and AWS rejects unknown elements. --fix renames miscased ones.

UNSUPPORTED_PRINCIPAL =
    .title = Principal in an identity policy
    .checks = For identity policies, flags a Principal or NotPrincipal element.
    .why = The principal of an identity policy is the user, group or role it is attached to, and IAM rejects the element.

UNSUPPORTED_SID =
    .title = Sid with characters other than letters and digits
    .checks = For identity policies, flags a Sid that contains characters other than ASCII letters and digits.
    .why = IAM accepts only A-Z, a-z and 0-9 in the Sids of identity policies and rejects the policy otherwise.

UNSUPPORTED_WILDCARD_IN_PRINCIPAL =
    .title = Partial wildcard in a principal
    .checks = Flags a principal value that contains * or ?, other than a lone "*" for AWS or Service principals, such as arn:aws:iam::111122223333:role/ImageBuilder*.
    .why = Principals do not match wildcards, and AWS rejects partial wildcards in them. Use "*" and narrow it with ArnLike on aws:PrincipalArn.

VARIABLE_UNSUPPORTED_IN_VERSION =
    .title = Policy variable without Version 2012-10-17
    .checks = Flags a policy variable such as ${ "{" }aws:PrincipalTag/team{ "}" } in a policy whose Version is not 2012-10-17.
    .why = Earlier policy language versions match ${ "{" }...{ "}" } as literal text, so the resource or condition never matches. --fix sets the Version to 2012-10-17.

WILDCARD_IN_SERVICE_NAME =
    .title = Wildcard in a service prefix
    .checks = Flags an action with * or ? in its service prefix, such as *builder:GetImage.
    .why = A wildcard prefix can match other services with similar names, today or in the future, granting access you did not intend.

WILDCARD_ON_SYSTEM_ID_KEY =
    .title = Wildcard on a system ID key
    .checks = In an endpoint policy, flags * or ? in a value of a key that holds a system-generated ID: aws:PrincipalAccount, aws:ResourceAccount, aws:SourceAccount, aws:VpceAccount, aws:SourceVpc, aws:SourceVpce and the organization-ID keys.
    .why = VPC endpoint policies do not allow wildcards with these keys; list the exact IDs with StringEquals.

WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS =
    .title = Wildcard without six literal characters
    .checks = In an endpoint policy, flags a StringLike value in which a wildcard has fewer than six consecutive literal characters both before and after it.
    .why = VPC endpoint policies require at least six consecutive characters before or after each wildcard in string conditions; make the pattern more specific or list exact values with StringEquals.

## The words around a rule's documentation (vpce-policy explain CODE) and severities as people read them.

explain-checks = What it checks
explain-why = Why it matters
explain-fails = Fails
explain-passes = Passes
explain-see = See { $url }
severity-error = error
severity-security_warning = security_warning
severity-warning = warning
severity-suggestion = suggestion

## The CLI's words around findings (vpce-policy validate).

cli-note = note
cli-at = at
cli-help = help
cli-fix = fix
cli-apply-with-fix = (apply with --fix)
no-findings = no findings
list-separator = ,{ " " }
count-error-one = { $n } error
count-error-other = { $n } errors
count-security_warning-one = { $n } security warning
count-security_warning-other = { $n } security warnings
count-warning-one = { $n } warning
count-warning-other = { $n } warnings
count-suggestion-one = { $n } suggestion
count-suggestion-other = { $n } suggestions
cli-no-policy-found = no policy found
cli-read-by = { $name } (read by { $template })
cli-not-checked = not checked
cli-kind-policy = { $kind } policy

## Findings: the messages, help, fix titles and notes the checks write (their arguments are the policy's own text).

strings-must-use-double-quotes = strings must use double quotes, not single quotes
json-strings-cannot-contain-raw = JSON strings cannot contain raw control characters; write `{ $escaped }`
write-fixed = write { $fixed }
escape-control-character = escape the control character
use-double-quotes = use double quotes
invalid-escape-sequence-what = invalid escape sequence: { $what }
json-escapes-are-b-f = JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX; write a backslash as \\
unterminated-string = unterminated string
close-string-double-quote = close the string with a double quote
unterminated-string-line-ends-before = unterminated string: the line ends before the closing quote
close-string-double-quote-on = close the string with a double quote on the same line
usually-comes-from-origin-json = it usually comes from { $origin }; JSON whitespace is only space, tab, CR and LF, so AWS rejects the whole document. Replace it with an ordinary space
replace-every-name-ordinary-space = replace every { $name } with an ordinary space
comments-are-not-allowed-json = comments are not allowed in JSON policies
trailing-comma-before-closer = trailing comma before `{ $closer }`
duplicate-key-key-first-line = duplicate key "{ $key }" (first at line { $line }, column { $column })
missing-between-object-members = missing `,` between object members
missing-between-array-items = missing `,` between array items
aws-rejects-policies-comments-put = AWS rejects policies with comments; put notes in a statement's Sid instead
json-allows-no-comma-after = JSON allows no comma after the last item; remove it
aws-rejects-policy-duplicate-keys = AWS rejects a policy with duplicate keys; keep one of them
separate-members-comma = separate members with a comma
separate-items-comma = separate items with a comma
remove-comment = remove the comment
remove-trailing-comma = remove the trailing comma
insert-comma = insert a comma
first-occurrence = first occurrence
policy-empty = the policy is empty
policy-json-object-such = a policy is a JSON object such as { "{" }"Version": "2012-10-17", "Statement": [...]{ "}" }
policy-must-json-object-not = a policy must be a JSON object, not { $type_name }
wrap-statements = wrap the statements in { "{" }"Version": "2012-10-17", "Statement": [...]{ "}" }
unexpected-describe-here-after-end = unexpected { $describe_here } after the end of the policy document
policy-single-json-object-remove = a policy is a single JSON object; remove what follows its closing brace
text-not-valid-json-number = `{ $text }` is not a valid JSON number
numbers-look-like-e-iam = numbers look like 12, -3.5 or 1e3; IAM values are usually strings in double quotes
expected-value-found-found = expected a value, found { $found }
value-string-number-object-array = a value is a string, number, object, array, true, false or null
document-nested-more-than-max = the document is nested more than { $MAX_DEPTH } levels deep
iam-policies-need-most-five = IAM policies need at most five levels of nesting
expected-key-double-quotes-found = expected a key in double quotes or `{ "}" }`, found { $found }
expected-after-key-key-found = expected `:` after key "{ $key }", found { $found }
object-member-key-value = an object member is "Key": value
expected-found-found = expected `,` or `{ "}" }`, found { $found }
close-object = close the object with `{ "}" }`
expected-found-found-2 = expected `,` or `]`, found { $found }
close-array = close the array with `]`
unexpected-word-other = unexpected word `{ $other }`
element-names-are-case-sensitive = element names are case-sensitive: "{ $key }" should be "{ $k }"
key-not-policy-element-here = "{ $key }" is not a policy element here
key-must-string-not-type = { $key } must be a string, not { $type_name }
statement-must-object-not-type = a statement must be an object, not { $type_name }
statement-must-object-array-objects = Statement must be an object or an array of objects, not { $type_name }
statement-cannot-have-both-conflict = a statement cannot have both { $conflict } and { $name }
what-must-string-array-strings = { $what } must be a string or an array of strings, not { $type_name }
name-must-object-not-type = { $name } must be "*" or an object, not { $type_name }
condition-must-object-not-type = Condition must be an object, not { $type_name }
key-operator-must-map-condition = the { $key } operator must map condition keys to values, not be { $type_name }
condition-value-must-string-number = a condition value must be a string, number or boolean, not { $type_name }
rename-k = rename it to "{ $k }"
elements-allowed-here-are-known = the elements allowed here are { $known }
each-statement = each statement is { "{" }"Effect": …, "Action": …, "Resource": …{ "}" }
write-statement = write "Statement": [{ "{" }"Effect": …, "Action": …, "Resource": …{ "}" }]
keep-either-conflict-name = keep either { $conflict } or { $name }
write-string-such-imagebuilder-getimage = write a string such as "imagebuilder:GetImage", or an array of them
write-principal-principal = write "Principal": "*" or "Principal": { "{" }"AWS": "arn:aws:iam::111122223333:root"{ "}" }
write-condition = write "Condition": { "{" }"StringEquals": { "{" }"aws:PrincipalOrgID": "o-…"{ "}" }{ "}" }
write = write { "{" }"aws:PrincipalOrgID": "o-…"{ "}" }
write-value-array-values = write a value or an array of values
rename-k-2 = rename to "{ $k }"
policy-has-no-version-aws = the policy has no Version, so AWS reads it with 2008-10-17 rules: policy variables stay literal
v-not-policy-language-version = "{ $v }" is not a policy language version
policy-has-no-statements = the policy has no statements
endpoint-policy-only-denies-no = this endpoint policy only denies: with no Allow statement, the endpoint refuses every request
sid-sid-used-more-than = Sid "{ $sid }" is used by more than one statement
sids-identity-policies-may-hold = Sids in identity policies may hold only letters and digits
policy-count-characters-what-may = the policy is { $count } characters; { $what } may be at most { $quota }
statement-repeats-path = this statement repeats { $path }
remove-one-two-statements = remove one of the two statements
add-version-first-element = add "Version": "2012-10-17" as the first element
use-current-version = use "2012-10-17" (the current version) or "2008-10-17"
add-statement = add "Statement": [{ "{" }"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"{ "}" }]
add-allow-deny-statements-carve = add the Allow the Deny statements carve exceptions from, e.g. { "{" }"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"{ "}" }
give-every-statement-own-sid = give every statement its own Sid
remove-spaces-dashes-other-punctuation = remove spaces, dashes and other punctuation from the Sid
minify-json-merge-statements-use = minify the JSON, merge statements, or use wildcards for long action lists
add-version = add "Version": "2012-10-17"
remove-extra-whitespace = remove the extra whitespace
first-used-here = first used here
same-statement = the same statement
policy-variables-work-only-string = policy variables work only with string and ARN operators
policy-variables-need-version-version = policy variables need Version "2012-10-17"; with this version the text is matched literally
s-has-problem = "{ $s }" has { $problem }
write-variables = write variables as ${ "{" }aws:username{ "}" }
use-string-arn-operator-literal = use a String or Arn operator, or a literal value
set-version = set "Version": "2012-10-17"
set-version-2 = set Version to 2012-10-17
name-empty-array-statement-matches = { $name } is an empty array, so the statement matches no action
action-action-contains-whitespace-matches = action "{ $action }" contains whitespace, so it matches nothing
action-joins-several-actions-comma = "{ $action }" joins several actions with a comma, so it matches nothing
action-action-has-no-service = action "{ $action }" has no service prefix
action-not-form-service-action = "{ $action }" is not of the form service:Action
prefix-not-aws-service-prefix = "{ $prefix }" is not an AWS service prefix, so "{ $action }" matches nothing
prefix-not-service-service-authorization = "{ $prefix }" is not a service in the Service Authorization Reference, so "{ $action }" may match nothing
action-matches-no-prefix-action = "{ $action }" matches no { $prefix } action in the Service Authorization Reference
action-not-prefix-action = "{ $action }" is not a { $prefix } action
action-not-prefix-action-service = "{ $action }" is not a { $prefix } action in the Service Authorization Reference
action-has-wildcard-service-prefix = "{ $action }" has a wildcard in the service prefix
name-service-explicitly-wildcard-prefix = name the service explicitly; a wildcard prefix can match services you did not intend
list-least-one-action-such = list at least one action, such as "imagebuilder:GetImage"
remove-whitespace-squeezed = remove the whitespace: "{ $squeezed }"
write-each-action-own-string = write each action as its own string in an array: ["s3:GetObject", "s3:PutObject"]
write-actions-service-action-e = write actions as service:Action, e.g. "imagebuilder:GetImage"
write-actions-service-action-e-2 = write actions as service:Action, e.g. "s3:GetObject"
did-you-mean-c-name = did you mean "{ $c }:{ $name }"?
check-prefix-service-may-retired = check the prefix: the service may be retired, or newer than the embedded data (see `vpce-policy rules`)
check-spelling-prefix-has-service = check the spelling; { $prefix } has { $service } documented actions
did-you-mean-prefix-c = did you mean "{ $prefix }:{ $c }"?
check-spelling-against-prefix-actions = check the spelling against the { $prefix } actions; an action newer than the embedded data is reported too
remove-whitespace = remove the whitespace
endpoint-policies-cannot-use-wildcards = endpoint policies cannot use wildcards with { $name }, which holds a system-generated ID
s-not-want = "{ $s }" is not { $want }
s-endpoint-policies-need-least = "{ $s }": endpoint policies need at least six consecutive literal characters before or after each wildcard
list-exact-ids-stringequals = list the exact IDs with StringEquals
arn-s-account-field-digit = an ARN's account field is a 12-digit account ID or a wildcard
name-holds-want = { $name } holds { $want }
make-pattern-more-specific-list = make the pattern more specific, or list exact values with StringEquals
condition-object-empty = the Condition object is empty
name-not-condition-operator = "{ $name }" is not a condition operator
null-cannot-combined-ifexists = Null cannot be combined with IfExists
name-operator-has-no-condition = the { $name } operator has no condition keys
name-not-condition-key = "{ $name }" is not a condition key
name-not-known-condition-key = "{ $name }" is not a known condition key
name-has-no-values = { $name } has no values
endpoint-policies-cannot-use-numeric = endpoint policies cannot use numeric operators on { $name }, which holds a system-generated ID
forallvalues-single-valued-key-name = ForAllValues with the single-valued key { $name }: it is also true when the key is missing
drop-forallvalues-qualifier-use-only = drop the ForAllValues: qualifier; use it only with multi-valued keys such as aws:TagKeys
remove-empty-condition-add-condition = remove the empty Condition or add a condition
null-already-tests-whether-key = Null already tests whether the key exists; remove IfExists
add-key-remove-operator = add a key or remove the operator
condition-keys-look-like-service = condition keys look like service:Name, e.g. aws:PrincipalOrgID
check-spelling-key-never-present = check the spelling: a key that is never present makes the condition false (or true for negated operators)
list-least-one-value = list at least one value
use-operator-matches-key-s = use an operator that matches the key's type, e.g. StringEquals for string keys
use-stringequals-exact-id = use StringEquals with the exact ID
write-s = write "{ $s }"
env-not-image-builder-environment = "{ $env }" is not an Image Builder environment
v-found-but-policy-region = "{ $v }" is for { $found }, but the policy is for { $region }
name-would-block-image-builder = { $name } would block Image Builder's downloads from AWS-owned buckets: the buckets are not in your organization or account
allow-ec-imagebuilder-toe-managed = allow the ec2imagebuilder-toe, managed-resources and amazon-ssm buckets in a separate statement without org conditions
replace-placeholder-your-value-vpce = replace the placeholder with your value; `vpce-policy generate` fills every placeholder for you
image-builder-buckets-end-prod = Image Builder buckets end in -prod, -preprod or -beta; most accounts use prod
image-builder-only-reaches-buckets = Image Builder only reaches its buckets and managed resources in its own region
use-region = use { $region }
fill-placeholders = fill in the placeholders
fill-region-environment = fill in region and environment
use-region-2 = use { $region }
bare-principal-string-must-not = a bare Principal string must be "*", not "{ $v }"
principal-object-empty-matches-no = the Principal object is empty, so it matches no one
key-not-principal-type = "{ $key }" is not a principal type
key-principal-list-empty = the { $key } principal list is empty
s-still-holds-placeholder = "{ $s }" still holds a placeholder
principals-cannot-contain-partial-wildcards = principals cannot contain partial wildcards: "{ $s }"
s-not-valid-key-principal = "{ $s }" is not a valid { $key } principal
write-2 = write { "{" }"AWS": "{ $v }"{ "}" }
write-principal = write "Principal": "*" or { "{" }"AWS": "…"{ "}" }
principal-types-are-aws-service = principal types are AWS, Service, Federated and CanonicalUser (case-sensitive)
list-least-one-principal = list at least one principal
use-narrow-condition-such-arnlike = use "*" and narrow it with a condition such as ArnLike on aws:PrincipalArn
rename-k-3 = rename to "{ $k }"
statement-has-no-effect = the statement has no Effect
effect-must-allow-deny-not = Effect must be "Allow" or "Deny", not "{ $e }"
statement-has-no-action-notaction = the statement has no Action or NotAction
statement-has-no-resource-notresource = the statement has no Resource or NotResource
every-statement-what-needs-principal = every statement in { $what } needs a Principal
identity-policies-cannot-have-principal = identity policies cannot have a Principal: the principal is the identity the policy is attached to
allow-notprincipal-grants-access-every = Allow with NotPrincipal grants access to every principal except those listed, including anonymous callers
use-principal-principals-you-mean = use Principal with the principals you mean to allow
add-effect-allow-effect-deny = add "Effect": "Allow" or "Effect": "Deny"
effect-case-sensitive = Effect is case-sensitive
add-action-imagebuilder-actions-statement = add "Action": "imagebuilder:*" or the actions this statement is about
add-resource-arns-statement-about = add "Resource": "*" or the ARNs this statement is about
add-principal-narrow-callers-conditions = add "Principal": "*" and narrow callers with conditions such as aws:PrincipalOrgID
remove-principal-element-validate-kind = remove the Principal element, or validate with --kind resource or --kind endpoint
write-fixed-2 = write { $fixed }
add-principal = add "Principal": "*"
v-already-covered-w = "{ $v }" is already covered by "{ $w }"
remove-redundant-noun = remove the redundant { $noun }
covers = covers it
name-empty-array-statement-matches-2 = { $name } is an empty array, so the statement matches no resource
text-not-arn-resources-start = "{ $text }" is not an ARN: resources start with "arn:" or are "*"
text-has-fewer-than-six = "{ $text }" has fewer than six colon-separated fields
partition-not-aws-partition = "{ $partition }" is not an AWS partition
policy-deref-partition-name-but = the policy is for { $as_deref } (partition { $name }), but this ARN is in partition { $partition }: it matches nothing there
region-not-aws-region = "{ $region }" is not an AWS region
region-region-partition-name-not = region { $region } is in partition { $name }, not { $partition }
resource-fits-none-formats-resource = "{ $resource }" fits none of the { $formats } resource types of { $service }
service-kind-arns-have-no = { $service } { $kind } ARNs have no region field
service-kind-arns-need-region = { $service } { $kind } ARNs need a region
service-kind-arns-have-no-2 = { $service } { $kind } ARNs have no account field
list-least-one-arn = list at least one ARN, or "*"
write-arn-partition-service-region = write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, e.g. arn:aws:s3:::my-bucket/*
write-arn-partition-service-region-2 = write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE; S3 ARNs leave region and account empty: arn:aws:s3:::bucket/*
use-aws-aws-cn-aws = use aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc
write-arn-name-arn-template = write arn:{ $name }:…, or arn:${ "{" }AWS::Partition{ "}" } in a template
use-region-code-such-us = use a region code such as us-east-1, or * for every region
write-arn-name = write arn:{ $name }:…
arn-s-account-field-digit-2 = an ARN's account field is a 12-digit account ID, a wildcard, or aws for AWS-managed resources
check-resource-part-against-service = check the resource part against the Service Authorization Reference, e.g. { $examples }
write-fixed-3 = write "{ $fixed }"
empty-region-matches-only-resources = an empty region matches only resources that have none; name the region, e.g. us-east-1, or write * for every region
write-fixed-restrict-owner-aws = write "{ $fixed }"; restrict the owner with aws:ResourceAccount instead
use-partition-name = use partition { $name }
empty-fields-resource-type-does = empty the fields this resource type does not have
allow-these-aws-owned-resources = allow these AWS-owned resources in a statement of their own with no condition on the principal (see the AWS_OWNED_RESOURCE_NOT_ALLOWED fix)
allow-aws-owned-resources-build = allow the AWS-owned resources the build needs
control-character-in-string = control character U+{ $code } inside a string
object-keys-double-quotes = object keys must be in double quotes
json-literals-lowercase = JSON literals are lowercase: write `{ $lower }`
strings-in-double-quotes = strings must be in double quotes
unknown-operator-did-you-mean = did you mean "{ $suggestion }"? Operators are case-sensitive, and an unknown operator makes the statement never apply: in a Deny, the deny is silently dropped
unknown-operator-never-applies = an unknown operator makes the statement never apply: in a Deny, the deny is silently dropped
operator-cannot-compare-key = { $operator } cannot compare { $key }, which is a { $type } key
want-number = a number
want-date = a date (ISO 8601 such as 2026-01-31T00:00:00Z, or epoch seconds)
want-bool = "true" or "false"
want-null = "true" (the key is absent) or "false" (it is present)
want-base64 = base64
want-ip = an IP address or CIDR block such as 10.0.0.0/16
want-arn = an ARN
operator-expects-not = { $operator } expects { $want }, not "{ $value }"
write-want = write { $want }
account-mixes-wildcard = account field "{ $account }" mixes an account ID with a wildcard: it must be an account ID or a wildcard, not both
account-not-12-digits = "{ $account }" is not a 12-digit account ID
placeholder-not-action = "{ $value }" is the placeholder { $name }, not an action
placeholder-not-real-value = "{ $value }" is the docs' placeholder, not a real value for { $key }
value-holds-placeholder = "{ $value }" still holds the placeholder { $name }
value-holds-docs-placeholder = "{ $value }" still holds the docs' placeholder `{ $placeholder }`
bucket-holds-placeholders = bucket name in "{ $value }" still holds the docs' placeholders
principal-aws-help = use a 12-digit account ID, arn:aws:iam::ACCOUNT:root, or a role, user or assumed-role ARN
principal-service-help = use a service principal such as imagebuilder.amazonaws.com
principal-canonical-user-help = a canonical user ID is 64 hexadecimal characters
principal-federated-help = use an identity provider ARN or name
requests-unsigned = unsigned
requests-unsigned-or-presigned = unsigned or presigned by an AWS service
principal-key-never-in-requests = { $key } is never in the requests for { $resources }: they are { $signing }, so this statement never allows them
policy-denies-aws-owned = this S3 endpoint policy denies the AWS-owned resources the build needs for { $refs }
policy-does-not-allow-aws-owned = this S3 endpoint policy does not allow the AWS-owned resources the build needs for { $refs }
aws-owned-denied-help = an explicit Deny covers them: except the AWS-owned buckets from it (they are outside your organization and their requests carry no principal of yours)
aws-owned-not-allowed-help = allow s3:GetObject on them in a statement with no condition on the principal or on the resource's organization: the requests are unsigned or presigned by AWS, and the buckets are not in your organization
action-name = { $action }
none-of-its-actions = none of its { $count } actions
acts-on-no-resource-type = { $what } acts on no resource type, so it needs "Resource": "*"; these ARNs never match
acts-on-types-none-named = { $what } acts on { $types }, and no Resource here names one, so the Allow grants nothing
acts-on-type-none-named = { $what } acts on a resource type that the Resources here can name, so the Allow grants nothing
name-objects-in-bucket = name the objects in the bucket: "{ $fixed }"
write-resource-star = write "Resource": "*" for this action
name-resource-right-type = name a resource of the right type, e.g. { $examples }
char-not-json-whitespace = { $name } is not JSON whitespace
char-not-json-whitespace-many = { $name } is not JSON whitespace ({ $count } occurrences on { $lines } lines)

## Live policy blocks on docs pages (embed.js).

embed-policy = Policy
embed-errors-one = { $n } error: AWS would reject this policy
embed-errors-other = { $n } errors: AWS would reject this policy
embed-valid-with-warnings = Valid, with warnings
embed-valid = Valid: no findings
embed-fix = Fix
embed-copy = Copy
embed-copied = Copied
embed-copy-failed = Copy failed: select the text and copy it
embed-open = Open in playground

## The playground (web/): the page's own words, by component.

page-tagline = VPC endpoint policies for EC2 Image Builder in a private VPC: generated, validated and evaluated in your browser. Nothing leaves this page.
language-label = Language
rule-doc-about = About { $code }: { $title }
rule-doc-checks = What it checks.
rule-doc-why = Why it matters.
rule-doc-aws-documentation = AWS documentation

request-not-modelled = not modelled
request-try-request = Try a request
request-sample-request-region-environment = A sample request for your region and environment; edit any field to try your own.
request-back-sample-request = Back to the sample request
request-through-endpoint = Through the endpoint
request-context-keys-one-key = Context keys: one key = value per line; commas make a list
request-identity-policy = Identity policy
request-resource-based-policy = Resource-based policy
request-aws-rejects-policy-path = AWS rejects a policy on this path
request-written = { " " }(as written)
request-aws-principalorgid-o-a1b2c3d4e5 = aws:PrincipalOrgID = o-a1b2c3d4e5
trace-did-not-match = did not match
trace-does-not-apply = does not apply
trace-condition = Condition{ " " }
export-fix-json-errors-export = Fix the JSON errors to export this policy.
export-download = Download
card-these-are-policies-last = These are the policies for your last valid inputs: fix the field marked above to update them.
card-service-name = Service name
card-private-dns-name = Private DNS name
card-fix-inputs-above-generate = Fix the inputs above to generate this policy.
card-own-policy = Your own policy.{ " " }
card-generated = Generated.{ " " }
card-open-editor-below-copy = Open in the editor below; the copy and export buttons take the editor's text.
card-edit-paste = Edit or paste
card-back-generated = Back to generated
card-replaces-policy-generated-one = Replaces your policy with the generated one; Undo brings yours back
app-link = The link:{ " " }
app-dismiss = Dismiss
app-undo = Undo
app-reset = Reset
app-reset-defaults = Reset to defaults
app-open-full-playground = Open the full playground
app-what-should-endpoints-cover = What should the endpoints cover?
app-only-image-builder-s3 = { " " }Only Image Builder and S3
app-everything-private-build-needs = { " " }Everything a private build needs (SSM, logs, ECR, KMS… the kit)
app-own-policy = Your own policy
app-scenarios-judge-against-settings = { " " }The scenarios judge it against your settings.{ " " }
app-choose-edit-paste-either = Choose “Edit or paste” on either policy to change it or paste your own; findings appear as you type.
app-same-engine-runs-ci = The same engine runs in CI as the vpce-policy CLI: validate, generate, eval, test, scenarios.
app-replaces-every-setting-own = Replaces every setting and your own policies with the defaults; Undo brings them back
nav-sections-page = Sections of the page
diagram-gateway = { " " } gateway
diagram-interface = { " " } interface
diagram-missing = { " " } missing
diagram-build-instance-private-subnet = The build instance in its private subnet reaches each AWS service through its VPC endpoint
diagram-vpc-private-subnet-no = VPC, private subnet: no internet path
diagram-build-instance = Build instance
diagram-ssm-agent-awstoe = SSM agent, AWSTOE
diagram-build-instance-2 = Build instance →{ " " }
diagram-not-what-should = { " " }(not what it should be)
editor-close-editor = Close editor
replay-cancel = Cancel
replay-replay-cloudtrail = Replay CloudTrail
replay-which-calls-trail-recorded = Which of the calls your trail recorded would a policy deny? Choose or drop CloudTrail files (log files as delivered to S3, .json.gz or not; JSON Lines from Athena; lookup-events output). They are read in your browser; nothing is uploaded.
replay-policy-test = Policy to test
replay-also-calls-did-not = { " " }Also calls that did not pass a VPC endpoint
replay-choose-cloudtrail-files-drop = Choose CloudTrail files, or drop them here
replay-filter-action-resource-caller = Filter by action, resource or caller
replay-calls = Calls
replay-action = Action
replay-resource = Resource
replay-caller = Caller
replay-why = Why
replay-seen = Seen
replay-policy-denies-none-replayed = The policy denies none of the replayed calls.
replay-download-report-json = Download the report (JSON)
config-setup = Your setup
config-find-region = Find a region
config-region = Region
config-image-builder-environment = Image Builder environment
config-customer-pipelines-use-prod = Customer pipelines use prod.
config-options = Options
config-e-g-frankfurt-japan = e.g. frankfurt, japan, govcloud, eu-
template-template-policies = A template: the policies in it
template-reading-template-template-reader = Reading the template (the template reader loads once, when first needed)…
template-no-findings = No findings.
kit-create-endpoint = Create this endpoint
kit-service-name = Service name
kit-private-dns = Private DNS
kit-needed = Needed
kit-text = For
kit-source = Source
kit-aws-documentation = AWS documentation
kit-endpoint-policy = Endpoint policy
kit-download = Download
kit-every-endpoint-private-build = Every endpoint a private build needs
kit-plan-whole-kit-systems = Plan the whole kit: Systems Manager, logs, containers and package repositories, not only Image Builder and S3
kit-what-builds-do = What your builds do
kit-least-privilege-each-endpoint = Least privilege: each endpoint allows only the actions a build instance calls (off: every action of the service, for your organization)
kit-own-buckets-build-uses = Your own buckets the build uses (comma-separated)
kit-turned-off = Turned off:{ " " }
kit-what-no-endpoint-replaces = What no endpoint replaces
kit-windows-update-components-download = Windows Update, and components that download from the internet (third-party package repositories such as EPEL, pip, npm or Docker Hub, vendor installers), need a NAT gateway or a proxy: they have no VPC endpoint.
kit-first-pull-through-ecr = The first pull through an ECR pull-through cache rule needs a NAT gateway; later pulls do not.
kit-joining-windows-instance-domain = Joining a Windows instance to a domain through Systems Manager (aws:domainJoin) needs the AWS Directory Service public endpoints.
kit-interface-endpoints-need-private = Interface endpoints need private DNS (on in these exports) and a security group that allows HTTPS (443) from the build subnet.
kit-export-whole-kit = Export the whole kit
scenarios-path = Path
scenarios-will-image-builder-work = Will Image Builder work, and is everything else locked out?
scenarios-aws-rejects-policy = AWS rejects this policy.{ " " }
scenarios-written-not-aws-would = { " " }— as written, not as AWS would run it
scenarios-failures-only = { " " }Failures only
scenarios-scenario = Scenario
scenarios-endpoint = Endpoint
scenarios-decision = Decision
scenarios-expected = Expected
scenarios-result = Result
scenarios-fix-inputs-above-run = Fix the inputs above to run the scenarios.
path-layer-decided = { " " }— this layer decided
path-decided = ▲ decided
why-why-does-my-build = Why does my build fail?
why-paste-what-you-see = Paste what you see: a line of the build log, the SSM console, dnf or docker pull output, an AccessDenied message or a CloudTrail event.
why-no-known-cause-matches = No known cause matches this text. The scenarios below show what each endpoint lets through.
why-fix = Fix:{ " " }
findings-fix-all-certain-problems = Fix all certain problems
findings-no-findings-policy-valid = No findings: this policy is valid.
trace-matched = matched
trace-applies = applies
config-no-region-matches = No region matches “{ $query }”.
config-region-selected = { $region } — { $location } selected.
config-regions-match = { $count } regions match; Enter takes { $first }.
config-principal-org-id = Principal organization ID
config-resource-org-id = Resource organization ID (optional)
config-resource-org-id-placeholder = defaults to the principal org
config-account-ids = Account IDs (optional, comma-separated)
config-deny-deletes = Deny DeleteImage and DeleteComponent
config-deny-all-deletes = …and every other Delete* action
config-managed-resources = My recipes use AWS-managed components and images (allow them)
config-ssm = Allow the SSM agent bucket (amazon-ssm-REGION)
config-allow-outside-org = Allow callers outside my organization (keep the org ID out of the policies)

## Regions and partitions, as the AWS console names them.

partition-aws = AWS commercial
partition-aws-cn = AWS China
partition-aws-us-gov = AWS GovCloud (US)
partition-aws-iso = AWS ISO (US)
partition-aws-iso-b = AWS ISOB (US)
partition-aws-iso-e = AWS ISOE (Europe)
partition-aws-iso-f = AWS ISOF
partition-aws-eusc = AWS European Sovereign Cloud
region-af-south-1 = Africa (Cape Town)
region-ap-east-1 = Asia Pacific (Hong Kong)
region-ap-east-2 = Asia Pacific (Taipei)
region-ap-northeast-1 = Asia Pacific (Tokyo)
region-ap-northeast-2 = Asia Pacific (Seoul)
region-ap-northeast-3 = Asia Pacific (Osaka)
region-ap-south-1 = Asia Pacific (Mumbai)
region-ap-south-2 = Asia Pacific (Hyderabad)
region-ap-southeast-1 = Asia Pacific (Singapore)
region-ap-southeast-2 = Asia Pacific (Sydney)
region-ap-southeast-3 = Asia Pacific (Jakarta)
region-ap-southeast-4 = Asia Pacific (Melbourne)
region-ap-southeast-5 = Asia Pacific (Malaysia)
region-ap-southeast-6 = Asia Pacific (New Zealand)
region-ap-southeast-7 = Asia Pacific (Thailand)
region-ca-central-1 = Canada (Central)
region-ca-west-1 = Canada West (Calgary)
region-eu-central-1 = Europe (Frankfurt)
region-eu-central-2 = Europe (Zurich)
region-eu-north-1 = Europe (Stockholm)
region-eu-south-1 = Europe (Milan)
region-eu-south-2 = Europe (Spain)
region-eu-west-1 = Europe (Ireland)
region-eu-west-2 = Europe (London)
region-eu-west-3 = Europe (Paris)
region-il-central-1 = Israel (Tel Aviv)
region-me-central-1 = Middle East (UAE)
region-me-south-1 = Middle East (Bahrain)
region-mx-central-1 = Mexico (Central)
region-sa-east-1 = South America (Sao Paulo)
region-us-east-1 = US East (N. Virginia)
region-us-east-2 = US East (Ohio)
region-us-west-1 = US West (N. California)
region-us-west-2 = US West (Oregon)
region-cn-north-1 = China (Beijing)
region-cn-northwest-1 = China (Ningxia)
region-us-gov-east-1 = AWS GovCloud (US-East)
region-us-gov-west-1 = AWS GovCloud (US-West)
region-us-iso-east-1 = US ISO East
region-us-iso-west-1 = US ISO West
region-us-isob-east-1 = US ISOB East (Ohio)
region-us-isob-west-1 = US ISOB West
region-eu-isoe-west-1 = EU ISOE West
region-us-isof-east-1 = US ISOF East
region-us-isof-south-1 = US ISOF South
region-eusc-de-east-1 = AWS European Sovereign Cloud (Germany)
link-damaged = the link looks cut off or changed
link-unreadable-settings = the link holds settings this version of the playground cannot read
link-policy-damaged = the link's policy looks cut off or changed
link-needs-newer-browser = this browser cannot decompress share links (Chrome or Edge 103, Firefox 113 or Safari 16.4 and later can)
notice-broken-link = This share link could not be opened: { $why }. Your own work is shown instead, untouched; the link is below so you can copy it.
confirm-open-share-link = Open the share link? It replaces the policies you edited here.
undo-reset = Reset to defaults.
undo-revert = Back to the generated policy.
undo-opened-link = Opened the share link.
undo-fixed-one = Applied { $n } certain fix.
undo-fixed-other = Applied { $n } certain fixes.
notice-saved-state-unreadable = Your saved playground state could not be restored, so the defaults are shown.
notice-link-parameters-unused = Some link parameters were not used: { $parameters }
request-endpoint-not-in-kit = the { $endpoint } endpoint is not in the kit: turn the kit on, or create the endpoint
app-copy-share-link = Copy share link
app-adopt-deny-deletes = Adopt: deny deletes
app-adopt-organization = Adopt: organization { $org }
layer-endpoint = Endpoint
layer-scp = SCPs
layer-rcp = RCPs
layer-identity = Identity
layer-boundary = Boundary
layer-session = Session
layer-resource = Resource
path-decision = Decision { $decision }
path-decision-by-layer = Decision { $decision }, decided by the { $layer } layer
path-not-modelled = not modelled
path-no-policy = no policy
path-allows = allows
path-denies = denies
path-no-match = no match
findings-none = No findings.
findings-summary = { $errors } error(s), { $others } other finding(s).
findings-heading = Findings ({ $count })
findings-valid-but-failing = No findings in the text, but the build would still fail: { $count } of the scenarios below fail with this policy ({ $scenarios }).
findings-fix = Fix: { $title }
card-imagebuilder-title = Image Builder interface endpoint
card-s3-title = S3 gateway endpoint
card-check-waits = Checking it waits for AWS's list of actions…
card-valid = Valid: no findings.
card-valid-with-warnings = Valid, with { $n } warning(s).
card-errors = { $n } error(s): AWS would reject this policy or it would not do what it says.
card-policy-label = { $title } policy
export-copied = Copied
export-copy-failed = Copy failed: select the text and press Ctrl+C
export-group = Export the { $kind } endpoint policy
export-copy-format = Copy { $format }
export-download-as = Download { $kind } as { $format }
editor-editing-imagebuilder = Editing the Image Builder endpoint policy. Paste your own policy here.
editor-editing-s3 = Editing the S3 endpoint policy. Paste your own policy here.
editor-huge-text = This text is { $bytes } bytes: only its size is checked, and it is shown without highlighting.
kit-policy-label = The { $endpoint } endpoint policy
kit-copy-policy = Copy policy
kit-copy-as = Copy kit as { $format }
request-principal-label = Principal ARN (empty: anonymous)
request-action-label = Action
request-resource-label = Resource ARN
request-identity-layer = Identity-based policies of the principal
request-identity-none = none (no identity policy allows it)
request-this-policy = this policy
request-resource-layer = Resource-based policy of the resource
request-resource-none = none (the resource has no policy)
request-resource-account-label = Account that owns the resource (empty: the principal's)
request-unreadable = The request cannot be read: { $error }
request-rejected-detail = { " " }({ $n } error finding(s)), so it would keep its previous policy. The decision below is for the policy as written.
request-blocked-by = { " " }(blocked by the { $layer } layer)
request-blocked-by-level = { " " }(blocked by the { $layer } layer, level { $level })
trace-missing-variable = (missing: matches nothing)
trace-statement = Statement { $index }{ $sid } ({ $effect }): { $applies }
trace-request-carried = { " " }The request carried { $key } = { $value }.
trace-request-carried-no = { " " }The request carried no { $key }.
nav-setup = Setup
nav-endpoints = Endpoints
nav-your-policy = Your policy
nav-kit = Kit
nav-scenarios = Scenarios
nav-why = Why it fails
nav-replay = Replay
nav-request = Try a request
scenarios-replay-title = Load this request into “Try a request”, show its trace, and light up its path in the kit diagram
scenarios-pass = pass
scenarios-fail = fail
why-show-on-kit = Show { $endpoint } on the kit
template-unreadable = The template cannot be read: { $error }
template-summary = { $n } policies found; findings at the template's own lines.
template-not-checked = Not checked: { $why }
diagram-behind-s3 = AWS-owned buckets, and yours
diagram-behind-ecr-dkr = ECR registry (layers via S3)
diagram-no-endpoint = No { $endpoint } endpoint
diagram-not-needed = : no scenario needs it with these features.
diagram-breaks = { " " }breaks: { $scenarios }.
diagram-lit-path = “{ $name }”: build instance → { $endpoint } endpoint → { $behind }: { $outcome }{ $verdict }
diagram-choose-scenario = Choose a scenario below to light up the path it takes.

## The kit catalogue: each endpoint's service and what the build does through it; the features.


endpoint-imagebuilder =
    .title = EC2 Image Builder
    .purpose = The build instance reads its components (GetComponent); your pipelines call the Image Builder API

endpoint-s3 =
    .title = Amazon S3
    .purpose = Downloads AWSTOE, managed components, the SSM agent and packages from AWS-owned buckets

endpoint-ssm =
    .title = AWS Systems Manager
    .purpose = The SSM agent registers the instance and reads the documents Image Builder runs

endpoint-ssmmessages =
    .title = Systems Manager message gateway
    .purpose = The SSM agent's control channel (and Session Manager's data channels)

endpoint-ec2messages =
    .title = EC2 messages (Run Command)
    .purpose = Run Command delivers each build step to the SSM agent and takes its replies

endpoint-logs =
    .title = Amazon CloudWatch Logs
    .purpose = Component and build logs in /aws/imagebuilder/*

endpoint-ecr-api =
    .title = Amazon ECR API
    .purpose = Container recipes: authorization tokens and repository calls

endpoint-ecr-dkr =
    .title = Amazon ECR Docker registry
    .purpose = Container recipes: docker pull and push of image layers

endpoint-kms =
    .title = AWS Key Management Service
    .purpose = Decrypts with your customer managed keys (encrypted volumes, parameters and logs)

feature-logging = CloudWatch logging
    .phrase = CloudWatch logging

feature-containers = Container recipes (ECR)
    .phrase = container recipes (ECR)

feature-sessionManager = Session Manager shells
    .phrase = Session Manager shells

feature-kms = Customer managed KMS keys
    .phrase = customer managed KMS keys

feature-packageRepos = Amazon Linux package updates
    .phrase = Amazon Linux package updates

need-always = always
need-with = with { $feature }
kit-gateway = gateway
kit-interface = interface
replay-section-denied = Denied
replay-section-unknown = Rests on what CloudTrail does not record
replay-progress = { $events } events read, { $read } of { $total }
replay-target = The { $endpoint } endpoint policy
replay-summary = Replayed { $replayed } of { $events } events through the { $endpoint } endpoint policy: { $allowed } requests allowed, { $denied } denied, { $unknown } resting on what CloudTrail does not record; { $skipped } not replayed.
replay-not-read-to-end = Not read to the end: { $file }
replay-no-statement-allows = no statement allows it
replay-decided-by = decided by { $statement }
replay-rests-on = rests on { $keys }
replay-why-heading = Why: { $action } on { $resource } (event { $event })
replay-draft = A policy drafted from this traffic ({ $chars } characters)
replay-use-draft = Use as the { $endpoint } endpoint policy
context-line-key-value = line { $line }: write key = value
context-line-empty-key = line { $line }: the key is empty
template-reader-unavailable = the template reader (lib/templates/) could not be loaded
template-reader-no-answer = the template reader gave no answer
worker-no-address = the replay worker's address could not be made
worker-not-started = the replay worker could not be started
worker-not-loaded = the replay worker (lib/trail/) could not be loaded
worker-files-not-handed = the files could not be handed to the replay worker
worker-no-answer = the replay worker answered nothing
worker-answer-unreadable = the replay worker's answer could not be read: { $error }
adoption-deny-deletes = This policy denies Image Builder deletions, which your settings do not ask for.
adoption-principal-org = This policy limits callers to the organization { $org }, which your settings do not name.
highlight-more-bytes = ({ $n } more bytes not shown)
data-loading = Loading AWS's list of actions, resources and condition keys…
data-failed = AWS's list of actions, resources and condition keys could not be loaded ({ $why }), so this cannot be checked. Reload the page to try again, or use the vpce-policy CLI.
data-network-failed = the network request failed
data-not-text = the file is not text

## Scenarios: each one's name and why it expects what it does.

scenario-ssm-agent-registers = SSM agent registers
    .why = Image Builder waits for the agent to register; without it the build fails with "SSM Agent verification failed"

scenario-agent-opens-its-control-channel = Agent opens its control channel
    .why = Current agents take their commands over the ssmmessages control channel

scenario-run-command-delivers-a-step = Run Command delivers a step
    .why = Each build step arrives as a Run Command message

scenario-step-result-goes-back = Step result goes back
    .why = The agent reports each step's outcome to Image Builder

scenario-ssm-agent-update-download = SSM agent update download
    .why = The agent installs and updates itself from amazon-ssm-REGION

scenario-dnf-update-on-amazon-linux-2023 = dnf update on Amazon Linux 2023
    .why = The Amazon Linux 2023 repositories are an AWS-owned S3 bucket

scenario-yum-update-on-amazon-linux-2 = yum update on Amazon Linux 2
    .why = The Amazon Linux 2 repositories are AWS-owned S3 buckets

scenario-component-logs-are-written = Component logs are written
    .why = Image Builder streams component output to /aws/imagebuilder/*

scenario-logs-to-another-log-group = Logs to another log group
    .why = Least privilege: the logs endpoint only takes Image Builder's log groups

scenario-ecr-login = ECR login
    .why = docker login asks the ECR API for a token

scenario-container-image-is-pushed = Container image is pushed
    .why = The container recipe's output image is pushed through the Docker registry endpoint

scenario-image-layers-upload = Image layers upload
    .why = Layers go up through the Docker registry endpoint

scenario-base-image-layers-download = Base image layers download
    .why = ECR serves image layers from its AWS-owned S3 bucket

scenario-decrypt-with-your-key = Decrypt with your key
    .why = Components that decrypt with your customer managed key call KMS directly

scenario-an-operator-opens-a-shell = An operator opens a shell
    .why = Session Manager is on: your principals may start sessions on build instances

scenario-session-data-channel = Session data channel
    .why = A shell's keystrokes travel over an ssmmessages data channel

scenario-shells-are-refused = Shells are refused
    .why = Session Manager is off: least privilege leaves StartSession out of the ssm endpoint

scenario-the-instance-sends-commands-elsewhere = The instance sends commands elsewhere
    .why = Least privilege: a build instance never needs SendCommand, so it cannot reach other instances

scenario-your-bucket = Your bucket
    .why = Your own buckets, as listed, are reachable to your principals

scenario-awstoe-download = AWSTOE download
    .why = Image Builder downloads the AWSTOE component manager anonymously from the AWS-owned toe bucket

scenario-managed-component-download = Managed component download
    .why = Managed components come from the AWS-owned managed-resources bucket, anonymously

scenario-ssm-agent-download = SSM agent download
    .why = Linux images whose recipe has no user data install the SSM agent from amazon-ssm-REGION

scenario-createimage-from-the-organization = CreateImage from the organization
    .why = Your own pipelines must still build images

scenario-getimage-from-the-organization = GetImage from the organization
    .why = Your own principals read your own images

scenario-call-from-outside-the-organization = Call from outside the organization
    .why = Principals outside your organization or accounts are locked out

scenario-s3-access-from-outside-the-organization = S3 access from outside the organization
    .why = Outsiders cannot use your S3 endpoint for your buckets

scenario-anonymous-putobject-to-the-aws-bucket = Anonymous PutObject to the AWS bucket
    .why = The AWS-owned buckets are read-only: only s3:GetObject is allowed

scenario-member-putobject-to-the-aws-bucket = Member PutObject to the AWS bucket
    .why = Even your own principals cannot write to AWS-owned buckets

scenario-another-region-s-toe-bucket = Another region's toe bucket
    .why = Only this region's Image Builder buckets are reachable

scenario-another-environment-s-toe-bucket = Another environment's toe bucket
    .why = Only this environment's Image Builder buckets are reachable

scenario-another-environment-s-managed-components = Another environment's managed components
    .why = Only this environment's managed-resources bucket is reachable

scenario-getcomponent-managed = GetComponent on a managed component
    .why-allowed = Recipes that use AWS-managed components read them through the Image Builder endpoint
    .why-refused = Org-restricted without managed components: AWS-managed components are not in your organization
scenario-delete = { $action }
    .why-denied = Deny deletes is on: deletions through the endpoint are explicitly denied
    .why-allowed = Deny deletes is off: deletions are allowed like every other action
scenario-outsider = Outsider on the { $endpoint } endpoint
    .why = Principals outside your organization or accounts are refused on every endpoint
scenario-no-route = no route: the { $endpoint } endpoint is missing
scenario-rejected-policy-one = the { $endpoint } endpoint policy ({ $n } error, first { $first })
scenario-rejected-policy-other = the { $endpoint } endpoint policy ({ $n } errors, first { $first })
list-and = { " " }and{ " " }
scenario-rejection = AWS rejects { $policies }: the endpoint keeps its previous policy. The results below are for the policy as written, not for what AWS would run.
cli-expected = expected { $decision }
cli-as-written = { " " }(as written)
cli-scenarios-summary = { $passed } passed, { $failed } failed
cli-missing-endpoint-one = missing endpoint { $endpoint } ({ $service }) breaks { $n } scenario
cli-missing-endpoint-other = missing endpoint { $endpoint } ({ $service }) breaks { $n } scenarios
field-not-a-region = "{ $value }" is not a region of any partition
field-not-an-org-id = "{ $value }" is not an organization ID: o- then 10 to 32 lowercase letters or digits
field-not-a-bucket = "{ $value }" is not a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens
trace-policy = { $layer } policy{ $number }{ $level }: { $outcome }
trace-level = { " " }(level { $level })
trace-outcome-allows = allows
trace-outcome-denies = denies
trace-outcome-no-match = no statement applies
trace-no-effect = neither Allow nor Deny
why-source = source
kind-an-endpoint-policy = an endpoint policy
kind-a-resource-policy = a resource policy
size-an-endpoint-policy = an endpoint policy (whitespace counts)
size-a-managed-identity-policy = a managed identity policy (whitespace not counted)
json-type-null = null
json-type-boolean = a boolean
json-type-number = a number
json-type-string = a string
json-type-array = an array
json-type-object = an object
json-end-of-input = the end of the input
json-control-character = control character U+{ $code }
json-character = `{ $char }`
action = action
resource = resource
variable-no-closing-brace = a "${ "{" }" with no closing "{ "}" }"
variable-without-braces = a variable without braces
space-origin-web-page-nbsp = copying a policy out of a web page (HTML `&nbsp;`), such as the AWS documentation
space-origin-bom-editor = an editor that saved the file as "UTF-8 with BOM"
space-origin-web-or-chat = copying from a web page or a chat tool
space-origin-word-processor-or-web = copying from a word processor or a web page
space-origin-word-processor = copying from a word processor
space-origin-cjk-ime = a Japanese, Chinese or Korean input method (full-width space)
space-origin-web-or-word-processor = copying from a web page or a word processor
space-origin-copying-text = copying text
space-a-unicode-space = a Unicode space character
eval-no-policy-on-path = no policy is on the request path, so nothing allows it
eval-endpoint-not-allow = the VPC endpoint policy does not allow it
eval-no-scp-at-level = no SCP attached at the level { $level } allows it: every level must
eval-endpoint-denies = the VPC endpoint policy explicitly denies it
eval-scp-denies = an SCP attached at the level { $level } explicitly denies it
eval-rcp-denies = an RCP attached at the level { $level } explicitly denies it
eval-boundary-denies = the permissions boundary explicitly denies it
eval-session-denies = the session policy explicitly denies it
eval-identity-denies = an identity-based policy explicitly denies it
eval-resource-denies = the resource-based policy explicitly denies it
eval-not-principal-deny-with-boundary = the resource-based policy has a Deny with NotPrincipal for this request, and the caller has a permissions boundary: AWS then always denies, whatever NotPrincipal lists
eval-no-identity-granted = { $who }: the resource-based policy grants it to { $whom }
eval-no-identity-not-granted = { $who }: the resource-based policy does not grant it to { $whom }, and nothing else can
eval-no-identity-no-policy = { $who }: no resource-based policy grants it to { $whom } (the resource has none), and nothing else can
eval-boundary-not-allow = the permissions boundary does not allow it
eval-session-not-allow = the session policy does not allow it
eval-identity-not-allow = no identity-based policy allows it
eval-identity-allows = an identity-based policy allows it
eval-every-layer-allows = every modelled layer allows it (identity-based policies are not modelled)
eval-cross-account-blocked = cross account: { $why }; both sides must allow
eval-cross-account-resource-not-allow = cross account: the resource-based policy does not allow it (or there is none); both sides must allow
eval-cross-account-allowed = cross account: { $why }, and the resource side allows it
eval-required-resource-policy = the { $what } does not allow it: this action needs it even in the same account
eval-same-account-direct = same account: the resource-based policy names the caller itself, so neither the identity policies nor the boundary or session policy limit it
eval-same-account-everyone = same account: the resource-based policy grants to everyone ("*"), which neither the identity policies nor the boundary or session policy limit
eval-same-account-role-limited = same account: the resource-based policy allows the role, but { $why }, and that still limits a grant to the role ARN
eval-same-account-role = same account: the resource-based policy allows the role, which is enough
eval-same-account-delegates = same account: the resource-based policy delegates to the account, and { $why }
eval-same-account-delegates-blocked = same account: the resource-based policy only delegates to the account's identity policies, and { $why }
eval-same-account-exempt = same account: { $why }; { $action } does not act on a { $type } here, so no { $what } applies
eval-same-account = same account: { $why }
eval-same-account-blocked = same account: { $why }, and no resource-based policy allows it
eval-who-anonymous = anonymous
eval-whom-everyone = everyone
eval-who-service = a service principal
eval-whom-service = the service
eval-scp-exempt-service-linked = SCPs do not limit service-linked roles
eval-scp-exempt-management = SCPs do not limit principals of the management account
eval-scp-exempt-anonymous = SCPs do not limit anonymous callers
eval-scp-exempt-service = SCPs do not limit AWS service principals
eval-always-allowed = { $action } needs no permission: no policy, not even an explicit deny, stops it
eval-with-note = { $reason } ({ $note })
eval-rcp-exempt = RCPs do not apply to this service or to service-linked roles
cond-unknown-operator = unknown operator: the condition never matches
cond-key-absent = the key is absent
cond-key-present = the key is present
cond-forall-empty = ForAllValues on an empty or missing set is true
cond-forall-all = every context value satisfies the operator
cond-forall-not-all = a context value does not satisfy the operator
cond-foranyvalue-empty = ForAnyValue on an empty or missing set is false
cond-forany-any = a context value satisfies the operator
cond-forany-none = no context value satisfies the operator
cond-missing-if-exists = the key is missing and the operator is …IfExists
cond-missing-negated = the key is missing: a negated operator is true
cond-missing = the key is missing
cond-value-matches = a policy value matches the context value
cond-no-value-matches = no policy value matches the context value
cond-value-matches-negated = a policy value matches, so the negated operator is false
cond-no-value-matches-negated = no policy value matches, so the negated operator is true
trace-no-action = the statement has no Action: it never applies
trace-no-resource = the statement has no Resource: it never applies
trace-no-principal-resource = no Principal element: a resource-policy statement without one grants and denies nothing
trace-no-principal-identity = no Principal element: evaluated as "*" (identity policies never have one)
trace-value-matches = "{ $value }" matches { $request }
trace-no-value-matches = no { $element } value matches { $request }
trace-value-matches-excludes = "{ $value }" matches { $request }, so { $element } excludes it
trace-no-value-matches-includes = no { $element } value matches { $request }, so { $element } includes it

## "Why does my build fail?": causes, fixes and the symptom table's fixes (crates/core/src/diagnose).

cause-missing-endpoint = the { $service } endpoint is missing: the request has no route to the service
cause-policy-denies-action = an explicit Deny in a { $policy } refuses { $action }
cause-policy-allows-no-action = no { $policy } allows { $action }
cause-policy-denies = an explicit Deny in a { $policy } refuses the request
cause-policy-allows-no = no { $policy } allows the request
cause-owned-bucket = the S3 endpoint policy does not allow the AWS-owned bucket { $bucket } ({ $feature })
cause-owned-resource = the S3 endpoint policy does not allow the AWS-owned resource { $id }
cause-principal-condition = a principal condition (aws:PrincipalOrgID, aws:PrincipalArn, …) on downloads that carry no principal: unsigned requests never match it
cause-private-dns = the service's name resolves to a public address: the endpoint's private DNS is off or the VPC resolver is not used
cause-security-group = the endpoint answers on a private address but its security group does not let the instance in on port 443
fix-allow-owned-bucket = allow s3:GetObject on arn:aws:s3:::{ $bucket }/{ $keys } in the S3 endpoint policy, in a statement with no condition on the principal (the request is { $signing })
fix-find-deny = find the Deny statement of the endpoint policy that covers this action and resource (`vpce-policy diagnose --endpoint-policy FILE` names it) and except the request from it
fix-allow-action = allow { $action } on this resource in the { $service } endpoint policy (`vpce-policy diagnose --endpoint-policy FILE` shows which statement comes closest)
fix-other-policy = the { $policy } refuses it, not an endpoint policy: look there (`vpce-policy eval --explain` shows every layer)
fix-build-needs = the build needs it for { $feature }: see { $page }
signing-unsigned = unsigned
signing-presigned = presigned by an AWS service
signing-signed = signed by the caller
evidence-vpce-event = a CloudTrail event with errorCode VpceAccessDenied
evidence-access-denied = an AccessDenied message that names the policy type
evidence-symptom = symptom { $id }
symptom-ib-unable-bootstrap-toe = Allow s3:GetObject on ec2imagebuilder-toe-{ "{" }region{ "}" }-prod/* (unsigned; no principal conditions); also check /tmp noexec on hardened AMIs
symptom-ib-launch-ssm-failed = Build instance cannot reach Systems Manager: add ssm, ssmmessages, ec2messages endpoints (private DNS) + AmazonSSMManagedInstanceCore
symptom-ib-sendcommand-invalid-instance = Agent never registered; add ssm/ec2messages/ssmmessages endpoints, check SG 443 to endpoints
symptom-ssm-agent-not-online = Add ssm, ssmmessages, ec2messages interface endpoints with private DNS; SG allows 443 from instance
symptom-ssm-target-not-connected = Agent not registered: check ssm/ec2messages endpoints, instance profile, private DNS
symptom-ssm-handshake-timeout = Session data channel uses ssmmessages; the endpoint must exist in the same Region as the managed node
symptom-ssm-agent-creds-timeout = Name resolves to a public IP: create the ssm interface endpoint with private DNS enabled
symptom-ssm-agent-logs-timeout = Create com.amazonaws.{ "{" }region{ "}" }.logs interface endpoint (agent cannot be pointed at a custom logs endpoint)
symptom-ssm-session-slow-logs = Add logs endpoint + logs:* permissions when session logging to CloudWatch is enabled
symptom-dnf-al2023-403-principal-cond = Remove principal conditions from the statement for AWS-owned repo buckets: dnf GETs are anonymous so aws:PrincipalArn/PrincipalOrgID never match
symptom-dnf-curl28-timeout = Add the S3 gateway endpoint to the subnet route table (and allow 443 to the S3 prefix list in the SG)
symptom-dnf-al2023-dualstack-hang = Check route-table association of the gateway endpoint / interface endpoint private DNS; set /etc/dnf/vars/dualstack to empty if dualstack names bypass the endpoint
symptom-yum-al2-mirrorlist-timeout = Fix DNS resolution (AmazonProvidedDNS / resolver) so the repo host resolves; then S3 endpoint
symptom-yum-al1-403 = Allow s3:GetObject on repo.{ "{" }region{ "}" }.amazonaws.com/* and packages.{ "{" }region{ "}" }.amazonaws.com/*
symptom-ecr-layer-starport-fail = Add S3 gateway endpoint and allow s3:GetObject on prod-{ "{" }region{ "}" }-starport-layer-bucket/* without principal-org conditions
symptom-ecr-login-authz-denied = Allow ecr:GetAuthorizationToken in the ecr.api endpoint policy (and IAM); in the cited thread the deny came from IAM - check which policy type the message names
symptom-ecr-login-api-timeout = Create com.amazonaws.{ "{" }region{ "}" }.ecr.api interface endpoint with private DNS; the TTY message is only a side effect of the empty password
symptom-ecr-dkr-request-canceled = Create com.amazonaws.{ "{" }region{ "}" }.ecr.dkr interface endpoint (private DNS on) or NAT
symptom-ecr-dial-private-ip-timeout = Name resolves to the endpoint ENI (private IP) but 443 is blocked: allow inbound 443 from the task/instance SG on the endpoint SG
symptom-docker-pull-403-s3-policy = Registry layers live in an S3 bucket the endpoint policy does not list; allow that bucket (ECR: starport layer bucket)
symptom-k8s-pull-403-vpce = Allow the registry's S3 bucket in the S3 endpoint policy
symptom-fargate-docker-timeout-logs = Create com.amazonaws.{ "{" }region{ "}" }.logs interface endpoint when awslogs driver is used
symptom-cfn-signal-timeout = In a private subnet cfn-signal needs the cloudformation endpoint and/or S3 access to cloudformation-waitcondition-{ "{" }region{ "}" } (presigned PUT); without NAT the signal never arrives
symptom-cfn-custom-resource-no-s3 = Add S3 endpoint and allow PUT to cloudformation-custom-resource-response-{ "{" }region_nodash{ "}" }/*
symptom-vpce-implicit-deny = Add an Allow for the action/bucket to the S3 endpoint policy
symptom-vpce-explicit-deny = Find the Deny statement in the endpoint policy (conditions such as aws:PrincipalOrgID/ResourceAccount) and carve out the resource
symptom-vpce-format-doc = Same as above; IAM page documents the 'because no <type> policy allows' / 'with an explicit deny in a <type> policy' format
symptom-s3-anon-accessdenied-xml = Allow the AWS-owned bucket (unsigned GET) in the S3 endpoint policy
cli-diagnose-none = No known cause matches this text. `vpce-policy scenarios` shows what each endpoint lets through.
cli-endpoint = endpoint
cli-from = from
cli-endpoint-policy = endpoint policy
cli-eval-as-written = warning: a policy has validator errors; this is the decision for the policy as written:
cli-statement = statement { $index }{ $sid } ({ $effect }): { $applies }

## CloudTrail replay: why an event was not replayed (crates/core/src/trail).
replay-skip-sign-in = console sign-in events do not pass a VPC endpoint
replay-skip-service-event = service events (eventType AwsServiceEvent) are not calls through an endpoint
replay-skip-insight = CloudTrail Insights records summarise activity; they are not calls
replay-skip-no-endpoint = the call did not pass a VPC endpoint (no vpcEndpointId; --all-calls replays it anyway)
replay-skip-aws-endpoint = the call passed an endpoint that AWS owns, not yours (vpcEndpointAccountId { $account })
replay-skip-other-endpoint = the call passed another endpoint
replay-skip-bad-caller = the caller `{ $arn }` is not an IAM or STS ARN, a 12-digit account or a service principal
replay-skip-no-caller = the event does not say who called (userIdentity type `{ $type }`)
replay-skip-not-a-service = `{ $source }` is not an AWS service's event source
replay-skip-unknown-service = no IAM service has the prefix of event source `{ $source }`
replay-skip-unknown-action = { $service } has no IAM action named { $name } (and no cited exception maps the event)
replay-skip-not-an-event = not an event: { $error }

## The CLI's replay report (vpce-policy replay, human and Markdown; CSV and JSON keep their English columns).
cli-replay-summary = Replayed { $replayed } of { $events } events ({ $requests } requests) through { $policy }: { $allowed } allowed.
cli-replay-denied = Denied by the candidate
cli-replay-unknown = Rests on what the trail does not record
cli-replay-newly-denied = Newly denied (the baseline allows them)
cli-replay-newly-allowed = Newly allowed (the baseline denies them)
cli-replay-contradicted = Refused by the endpoint (VpceAccessDenied) but allowed by the baseline: the baseline is not the deployed policy
cli-replay-calls-one = { $n } call
cli-replay-calls-other = { $n } calls
cli-replay-groups-one = { $n } group
cli-replay-groups-other = { $n } groups
cli-replay-requests-one = { $n } request
cli-replay-requests-other = { $n } requests
cli-replay-events-one = { $n } event
cli-replay-events-other = { $n } events
cli-replay-section = { $title }: { $calls } in { $groups }
cli-replay-group = by { $caller } · { $why } · { $first } … { $last } · e.g. event { $event }
cli-replay-unnamed-resource = the event does not name the resource; denied for `*`
cli-replay-rests-on = rests on { $keys } (not in CloudTrail: give --principal-org-id or --org to know)
cli-replay-vpce-denied = The endpoint refused { $calls } (errorCode VpceAccessDenied): what the deployed policy decided. The candidate refuses { $requests } of them too (not counted as denied: nothing that works today breaks).
cli-replay-not-replayed = Not replayed: { $events }
cli-replay-skipped = { $reason } (e.g. { $examples })
cli-replay-unread-one = { $n } file could not be read to the end; the report covers the events before:
cli-replay-unread-other = { $n } files could not be read to the end; the report covers the events before:
cli-replay-as-written = warning: { $at }: { $message } — replayed as written
cli-replay-title = Replay of `{ $policy }`
cli-replay-first-seen = First seen
cli-replay-last-seen = Last seen
cli-replay-example = Example
cli-replay-not-replayed-heading = Not replayed
cli-replay-events = Events

## The CLI's other words: test, draft, and the errors every command can end with.
cli-error = error: { $message }
cli-test-blocked-by = , blocked by { $layer }
cli-test-invalid = warning: a policy has validator errors; run `vpce-policy validate` on it
cli-draft-no-calls = no call through an endpoint in the trail (--all-calls drafts from calls that did not pass one)
cli-draft-generalised = note: resources were generalised (level { $level }) to fit the 20,480-character quota
cli-draft-over-quota = the draft is { $chars } characters, over the 20,480 quota even generalised
cli-cannot-read = cannot read { $file }: { $error }
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-write-report = cannot write the report: { $error }
cli-too-large = { $file } is larger than { $mib } MiB, the most vpce-policy reads at once (an AWS policy is at most 20,480 characters)
cli-not-utf8 = { $at }: the text is not UTF-8 (invalid byte at offset { $offset }); save it as UTF-8
cli-nothing-found = no policy, template or Terraform file found
cli-unknown-region = unknown region `{ $region }`
cli-invalid-request = { $file }: invalid request: { $error }
cli-bad-org = { $from }: expected ACCOUNT=o-… (a 12-digit account and an organization ID), got `{ $value }`
cli-field = --{ $option }: { $message }

cli-fix-one-file = --fix takes one policy file
cli-write-needs-file = --write needs a file, not standard input
cli-fix-template = { $file }: --fix applies to policy files; fix the policies of a template in the template
cli-no-rule-did-you-mean = no rule `{ $code }`; did you mean `{ $closest }`? (`vpce-policy rules` lists them)
cli-no-rule = no rule `{ $code }` (`vpce-policy rules` lists them)
cli-cannot-write-output = cannot write the output: { $error }
cli-bad-level = --{ $flag }-level wants NAME=FILE[,FILE...], not `{ $spec }`
trail-read-json = { $line }:{ $column }: { $detail }
trail-read-io = cannot read: { $error }
cli-in-file = { $file }:{ $error }

## The static first paint (index.html, written by tests/first_paint.rs), shown before the engine has loaded.
first-paint-loading = Loading the policy engine…
first-paint-intro = The policies for { $region } ({ $environment }) with everything a private build needs (the SSM agent and the Amazon Linux repositories included), as the playground starts. When the engine has loaded, set your region, organization and kit, paste and validate your own policies, and evaluate requests.
first-paint-failed = The policy engine could not be loaded. The policies below are the defaults; reload to try again, or use the vpce-policy CLI.

## Templates: why a policy in a CloudFormation template or a Terraform file was not checked.
template-unchecked-deploy = the policy is { $what }, known only at deploy time
template-unchecked-not-object = the policy is not an object or a JSON string
template-unchecked-not-string = the policy is not a string or an object
template-unchecked-no-path = { $function }() has no path
template-unchecked-no-argument = jsonencode() has no argument
template-unchecked-plan = the policy comes from { $source }, known only at plan time
template-unchecked-plan-expression = the policy is the expression { $expression }, known only at plan time
template-unchecked-expression = the policy is an expression ({ $expression }) this tool does not evaluate
template-unchecked-unreadable-file = the policy is the file { $file }, which cannot be read: { $error }
template-unchecked-page-file = the policy is the file { $file }, which a page cannot read
template-unknown-statements = the statements of { $attribute }
template-unknown-statement = a statement of { $source }
template-unknown-dynamic = a dynamic statement
template-unknown-alias = a YAML alias
template-unknown-expression = an expression
page-title = vpce-policy: VPC endpoint policies for EC2 Image Builder
why-reading = Reading it…
why-engine-unavailable = The diagnosis could not be loaded; reload the page to try again, or run vpce-policy diagnose.
cli-rules-count = { $n } rules; `vpce-policy explain CODE` prints one.
replay-loading = Loading the replay…
replay-results-unavailable = The replay could not be loaded; reload the page to try again, or run vpce-policy replay.
