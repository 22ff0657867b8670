# vpce-policy messages: ja
# The Japanese pack: the ids of en.ftl with Japanese text (terms as docs/i18n/glossary-ja.tsv gives them; policy JSON,
# codes, ARNs, action and key names stay as written).

## Rules

ALLOW_WITH_NOT_PRINCIPAL =
    .title = NotPrincipal を使った Allow
    .checks = "Effect": "Allow" のステートメントのうち、プリンシパルを Principal ではなく NotPrincipal で指定しているものを検出します。
    .why = Allow と NotPrincipal を組み合わせると、列挙したプリンシパルを除くすべてのプリンシパル（匿名の呼び出し元を含む）にアクセスが許可され、エンドポイントが意図よりはるかに広く開放されます。許可するプリンシパルを Principal で指定するか、"*" を許可したうえで aws:PrincipalOrgID などの条件で絞り込んでください。

ARN_ACCOUNT_NOT_ALLOWED =
    .title = アカウントフィールドのない ARN 内のアカウント ID
    .checks = リソースタイプの ARN 形式ではアカウントフィールドが空であるにもかかわらず、アカウント ID を含むリソース ARN を検出します。S3 バケットやオブジェクト（arn:aws:s3:::bucket/key）などが該当します。ARN にアカウントを含む S3 アクセスポイントは検出対象外です。
    .why = ARN はフィールドごとに比較されます。これらのリソースの ARN にアカウントが含まれることはないため、このステートメントはどのリクエストにも一致しません。--fix はこのフィールドを空にします。バケット所有者で制限するには、代わりに aws:ResourceAccount 条件キーを使用してください。

ARN_PARTITION_MISMATCH =
    .title = ポリシーのリージョンとは異なるパーティションの ARN
    .checks = ポリシーのリージョンが指定されている場合（--region、またはテンプレートでは --var region）、パーティションがそのリージョンのものと異なる ARN を検出します。たとえば、GovCloud や中国リージョンのポリシー内にある arn:aws: が該当します。例では --region us-gov-west-1 を想定しています。
    .why = パーティションはそれぞれ独立した AWS 環境です。パーティション aws の ARN は aws-us-gov のリソースには一致しないため、そのステートメントはエラーにならないまま何も許可も拒否もしません。複数のパーティションにデプロイするテンプレートでは arn:${ "{" }AWS::Partition{ "}" }: と記述します。

ARN_REGION_NOT_ALLOWED =
    .title = リージョンフィールドのない ARN 内のリージョン
    .checks = リソースタイプの ARN 形式ではリージョンフィールドが空であるにもかかわらず、リージョンを含むリソース ARN を検出します。S3 バケットやオブジェクト、IAM ロールなどが該当します。ARN にリージョンを含む S3 アクセスポイントは検出対象外です。
    .why = ARN はフィールドごとに比較されます。これらのリソースの ARN にリージョンが含まれることはないため、このステートメントはどのリクエストにも一致しません。この例では AWSTOE のダウンロードがブロックされたままになり、Image Builder のビルドが失敗します。--fix はこのフィールドを空にします。

AWS_OWNED_RESOURCE_NOT_ALLOWED =
    .title = ビルドに必要な AWS 所有リソースのダウンロード拒否
    .checks = S3 エンドポイントポリシーについて、ビルドで使用する機能が必要とする AWS 所有リソース（AWSTOE、Amazon マネージドコンポーネント、SSM エージェントとそのモジュール、Amazon Linux リポジトリ、ECR レイヤー。一覧は data/owned.tsv）ごとに、ビルドが行う匿名の s3:GetObject を評価します。いずれかが拒否される場合はポリシーを検出し、拒否されるリソースをすべて示します。対象の機能は、--features で指定しない限りキットのデフォルトです。
    .why = これらのダウンロードは、署名なしのリクエストまたは AWS のサービスが発行した署名付き URL によって、お客様の組織外のバケットから行われます。お客様のプリンシパルや組織のリソースのみを許可するポリシーではこれらが拒否され、ビルドはかなり後の段階で失敗します（AWSTOE が起動しない、dnf が 403 を返すなど）。修正では、これらのリソースに限定して s3:GetObject を条件なしで許可するステートメントが挿入されます。

CONFLICTING_ELEMENTS =
    .title = ステートメント内で競合する要素
    .checks = Action と NotAction、Resource と NotResource、Principal と NotPrincipal のいずれかの組み合わせを両方とも含むステートメントを検出します。報告されるのは、組み合わせのうち 2 つ目の要素です。
    .why = 各組み合わせの要素は相互に排他的で、両方を含むステートメントは AWS によって拒否されます。意図しているほうのみを残してください。

EMPTY_ARRAY_ACTION =
    .title = 空の Action 配列
    .checks = 空の配列になっている Action 要素または NotAction 要素を検出します。
    .why = アクションのリストが空のステートメントは、見た目どおりには機能しません。許可または拒否するアクションが 1 つも指定されていないためです。多くの場合、項目がすべて削除されたリストや、展開結果が空になったテンプレート変数が原因です。

EMPTY_ARRAY_CONDITION =
    .title = 空の条件値配列
    .checks = 値が空の配列になっている条件キーを検出します。
    .why = 値のない条件キーはリクエストを何とも比較しないため、その条件は意図した制限を表現できません。多くの場合、テンプレートで空のままになったリスト（入力されなかった組織 ID など）が原因です。

EMPTY_ARRAY_PRINCIPAL =
    .title = 空のプリンシパル配列
    .checks = プリンシパルのリストが空の配列になっているプリンシパルタイプ（AWS、Service、Federated、CanonicalUser）を検出します。
    .why = 空のリストでは誰も指定されないため、そのステートメントはどの呼び出し元にも適用されません。Allow であれば何も許可されず、Deny であれば何も拒否されません。

EMPTY_ARRAY_RESOURCE =
    .title = 空の Resource 配列
    .checks = 空の配列になっている Resource 要素または NotResource 要素を検出します。
    .why = リソースのリストが空のステートメントは、見た目どおりには機能しません。許可または拒否するリソースが 1 つも指定されていないためです。多くの場合、項目がすべて削除されたリストや、展開結果が空になったテンプレート変数が原因です。

EMPTY_OBJECT_CONDITION =
    .title = 空の Condition オブジェクト
    .checks = 空のオブジェクトになっている Condition 要素、または条件キーを 1 つも含まない条件演算子を検出します。
    .why = 空の条件は何も制限しないため、そのステートメントは無条件に適用されます。aws:PrincipalOrgID などによる制限を意図していた場合、その制限は失われています。

EMPTY_OBJECT_PRINCIPAL =
    .title = 空の Principal オブジェクト
    .checks = 空のオブジェクトになっている Principal 要素または NotPrincipal 要素を検出します。
    .why = 空のプリンシパルオブジェクトでは誰も指定されないため、そのステートメントはどの呼び出し元にも適用されません。Allow であれば何も許可されず、Deny であれば何も拒否されません。

ENDPOINT_POLICY_WITHOUT_ALLOW =
    .title = Allow のないエンドポイントポリシー
    .checks = すべてのステートメントが Deny ステートメントであるエンドポイントポリシーを検出します。
    .why = リクエストがエンドポイントを通過するには、エンドポイントポリシーで許可されている必要があります。Deny ステートメントは許可を取り除くことしかできません。Allow がないと、エンドポイントを経由するすべてのリクエストが暗黙的に拒否されます。多くの場合、フルアクセスから例外を除外するつもりで、フルアクセスを許可するステートメントを書き漏らしています。

ENDPOINT_WITHOUT_POLICY =
    .title = ポリシーのない VPC エンドポイント（テンプレート）
    .checks = CloudFormation テンプレートまたは Terraform ファイルで、エンドポイントポリシーをサポートするサービスの AWS::EC2::VPCEndpoint または aws_vpc_endpoint のうち、ポリシーがない（Terraform の場合は対応する aws_vpc_endpoint_policy もない）ものを検出します。エンドポイントポリシーをサポートしないサービスは AWS のページから取得したデータ（crates/core/src/data/no_endpoint_policy.tsv）で定義されており、検出されることはありません。`validate --strict` を指定するとエラーになります。例はテンプレートのスニペットです。
    .why = ポリシーのないエンドポイントには AWS のデフォルトのポリシーが適用され、すべてのプリンシパルに対して、すべてのリソースでのすべてのアクションが許可されます。その結果、VPC 内の誰もが、このエンドポイントを経由して任意のアカウントにあるそのサービスのリソースにアクセスできます。これは、エンドポイントポリシーがふさぐべきデータ流出の経路そのものです。

FORALLVALUES_WITH_SINGLE_VALUED_KEY =
    .title = 単一値のキーに対する ForAllValues
    .checks = aws:PrincipalOrgID などの単一値の条件キーに ForAllValues: 修飾子が付いているものを検出します。
    .why = ForAllValues はリクエストにキーが存在しない場合にも true になるため、組織向けの Allow が匿名の呼び出し元や、どの組織にも属さないプリンシパルにも一致してしまいます。修飾子を削除してください。ForAllValues は aws:TagKeys などの複数値のキーにのみ使用します。

IMAGEBUILDER_BUCKET_REGION_MISMATCH =
    .title = 別のリージョンの Image Builder バケットまたは ARN
    .checks = ポリシーのリージョンが指定されている場合（--region）、別のリージョンの Image Builder バケット（ec2imagebuilder-toe、ec2imagebuilder-managed-resources、amazon-ssm）または imagebuilder の ARN を検出します。例では --region us-east-1 を想定しています。
    .why = Image Builder がアクセスするのは、自身と同じリージョンにあるバケットと管理対象リソースのみです。そのため、別のリージョンを対象とするステートメントでは実際のダウンロードが S3 エンドポイントでブロックされたままになり、ビルドが失敗します。--fix はリージョンを書き換えます。

INVALID_ACCOUNT_ID_FORMAT =
    .title = 条件内の無効なアカウント ID
    .checks = アカウント ID の条件キー（aws:PrincipalAccount、aws:ResourceAccount、aws:SourceAccount、aws:VpceAccount）の値のうち、12 桁のアカウント ID ではないものを検出します。
    .why = アカウント ID は文字列の完全一致で比較されるため、ハイフンや空白を含む値は一致せず、条件はエラーにならないまま常に不成立になります。

INVALID_ACTION =
    .title = 不正な形式のアクション
    .checks = 一致することのないアクションを検出します。空白を含むもの（"imagebuilder: DeleteImage"）、1 つの文字列に複数のアクションをカンマで連結したもの、service:Action 形式ではない値が該当します。
    .why = このようなアクションは何にも一致しないため、下の例の Deny ではイメージの削除が許可されたままになります。--fix は、空白を削除した結果が 1 つの service:Action になる場合に空白を削除します。

INVALID_ARN =
    .title = フィールドが不足している ARN
    .checks = arn: で始まるものの、コロンで区切られた 6 つのフィールド arn:partition:service:region:account:resource に満たないリソースを検出します。
    .why = ARN はフィールドごとに比較されるため、途中で切れた ARN はどのリソースも指さず、そのステートメントは何にも一致しません。S3 の ARN では、空のリージョンフィールドとアカウントフィールドも省略せずに記述します（arn:aws:s3:::bucket/*）。

INVALID_ARN_ACCOUNT =
    .title = 無効な ARN アカウントフィールド
    .checks = Resource または ARN 型の条件値に含まれる ARN のアカウントフィールドのうち、12 桁のアカウント ID、ワイルドカード、AWS 所有リソース（Image Builder の Amazon マネージドコンポーネントなど）を表す aws / aws-marketplace のいずれでもないものを検出します。1111222233* のように、アカウント ID とワイルドカードを組み合わせたものも対象です。
    .why = アカウント ID ではないアカウントフィールドはどのリソースにも一致しません。また、エンドポイントポリシーのアカウントフィールドにはアカウント ID かワイルドカードのどちらかを指定でき、両方を組み合わせることはできません。

INVALID_ARN_PREFIX =
    .title = ARN ではないリソース
    .checks = "*" でも arn: で始まる ARN でもない Resource 値または NotResource 値（バケット名だけを指定したものなど）を検出します。
    .why = リソースは ARN として照合されるため、バケット名やパスは何にも一致せず、そのステートメントは何も許可しません。

INVALID_ARN_REGION =
    .title = 無効な ARN リージョン
    .checks = ARN のリージョンフィールドのうち、リージョンコードではないもの（us-east1 などの入力ミス）や、ARN とは別のパーティションのリージョン（arn:aws: の ARN 内の cn-north-1 など）を検出します。
    .why = リージョンフィールドは文字どおりに比較されるため、つづりを誤ったリージョンや別のパーティションのリージョンはどのリソースにも一致せず、そのステートメントは何の効果も持ちません。

INVALID_ARN_RESOURCE =
    .title = サービスのどのリソースタイプにも当てはまらない ARN
    .checks = サービスは既知であるものの、サービス認可リファレンスに記載されたそのサービスのどのリソースタイプの ARN 形式にも当てはまらない ARN を検出します。たとえば、Image Builder の形式は image-pipeline/${ "{" }ImagePipelineName{ "}" } であるにもかかわらず、pipeline/golden-ami と記述したものが該当します。
    .why = どのリソースも持ちえない ARN はどのリクエストにも一致せず、AWS もエラーを報告しません。下の例の Deny は、どのパイプラインも保護していません。

INVALID_CONDITION =
    .title = 不正な形式の Condition 要素
    .checks = オブジェクトではない Condition 要素、値が条件キーのオブジェクトではない条件演算子、文字列・数値・ブール値（またはそれらの配列）ではない条件値を検出します。
    .why = 形式が不正な条件ブロックは AWS によって拒否されます。正しい形式は { "{" }"Operator": { "{" }"key": value or [values]{ "}" }{ "}" } です。

INVALID_CONDITION_KEY_FORMAT =
    .title = 不正な形式の条件キー
    .checks = prefix:Name 形式ではない条件キー（aws: プレフィックスのない PrincipalOrgID など）や、空白を含む条件キーを検出します。
    .why = 形式が不正なキーがリクエストに含まれることはないため、条件は記述どおりに機能しません。条件は false になり、否定の演算子や IfExists 演算子では true になります。

INVALID_CONDITION_OPERATOR =
    .title = 不明な条件演算子
    .checks = 存在しない条件演算子を検出します。StringEqual のようなつづりの誤りや、stringEquals のような大文字と小文字の誤りも対象です。
    .why = 不明な演算子は一致することがないため、そのステートメントは適用されません。Deny の場合は、エラーにならないまま拒否が無効になります。--fix は、大文字と小文字を誤った演算子を修正します。

INVALID_EFFECT =
    .title = 無効な Effect
    .checks = allow など、Allow または Deny と完全には一致しない Effect を検出します。
    .why = Effect では大文字と小文字が区別され、それ以外の値は AWS によって拒否されます。--fix は大文字と小文字を修正します。

INVALID_GLOBAL_CONDITION_KEY =
    .title = 不明なグローバル条件キー
    .checks = aws:PrincipalOrganizationId など、既知のグローバル条件キーではない aws: 条件キーを検出します。
    .why = リクエストに含まれることのないキーでは条件が false（否定の演算子や IfExists 演算子では true）になるため、制限は記述どおりに機能しません。

INVALID_ID =
    .title = 文字列ではない Id
    .checks = 文字列ではないポリシーの Id 要素を検出します。
    .why = 文字列以外の JSON 型の Id は AWS によって拒否されます。文字列として記述してください。

INVALID_ORG_ID_FORMAT =
    .title = 条件内の無効な組織 ID
    .checks = 組織 ID のキー（aws:PrincipalOrgID、aws:ResourceOrgID、aws:SourceOrgID、aws:VpceOrgID）の値のうち、o- の後に 10～32 文字の英小文字または数字が続く形式ではないもの（組織の ARN など）を検出します。
    .why = この条件は文字列で比較するため、ARN、ルート ID、大文字と小文字を誤った ID は一致せず、そのステートメントによって自組織が締め出されます。

INVALID_ORG_PATH_FORMAT =
    .title = 条件内の無効な組織パス
    .checks = 組織パスのキー（aws:PrincipalOrgPaths、aws:ResourceOrgPaths、aws:SourceOrgPaths、aws:VpceOrgPaths）の値のうち、o-ID/r-ID/ou-ID/... 形式ではないもの（ルートを省略したパスなど）を検出します。
    .why = パスは組織 ID から始まりルートを経由する文字列として照合されるため、ルートを含まないパスは一致しません。

INVALID_PARTITION =
    .title = 不明な ARN パーティション
    .checks = aws、aws-cn、aws-us-gov、aws-iso、aws-iso-b、aws-iso-e、aws-iso-f、aws-eusc のいずれでもない ARN パーティションを検出します。
    .why = 不明なパーティションに存在するリソースはないため、その ARN は何にも一致しません。

INVALID_PRINCIPAL_FORMAT =
    .title = 不正な形式のプリンシパル
    .checks = "*" 以外の文字列である Principal、文字列でもオブジェクトでもない Principal、およびタイプに対して無効なプリンシパル値を検出します。無効な値とは、アカウント ID でも IAM/STS の ARN でもない AWS プリンシパル、imagebuilder.amazonaws.com のようなサービス名ではない Service プリンシパル、16 進数 64 文字ではない正規ユーザー ID です。
    .why = 形式が不正なプリンシパルは AWS によって拒否されます。アカウント ID だけを指定する場合は { "{" }"AWS": "111122223333"{ "}" } と記述する必要があります。

INVALID_PRINCIPAL_KEY =
    .title = 不明なプリンシパルタイプ
    .checks = AWS、Service、Federated、CanonicalUser 以外のプリンシパルタイプを検出します。aws のように大文字と小文字を誤ったものも対象です。
    .why = プリンシパルタイプでは大文字と小文字が区別され、それ以外のキーは AWS によって拒否されます。--fix は大文字と小文字を修正します。

INVALID_RESOURCE =
    .title = 文字列ではないリソース
    .checks = 文字列ではない Resource 要素または NotResource 要素、あるいはその配列内の文字列ではない項目を検出します。
    .why = AWS によって拒否されます。Resource に指定できるのは、ARN 文字列、"*"、またはそれらの配列です。

INVALID_SERVICE_CONDITION_KEY =
    .title = 不明なサービス条件キー
    .checks = プレフィックスは既知のサービスであるものの、サービス認可リファレンスのデータでそのサービスが定義していない条件キー（imagebuilder:Ec2MetadataHttpToken など）を検出します。
    .why = サービスが設定することのないキーはどのリクエストにも含まれないため、条件は常に false（否定の演算子では常に true）になり、ポリシーは記述どおりの制限を適用しません。

INVALID_SID =
    .title = 文字列ではない Sid
    .checks = 文字列ではないステートメントの Sid を検出します。
    .why = 文字列以外の JSON 型の Sid は AWS によって拒否されます。文字列として記述してください。

INVALID_STATEMENT =
    .title = オブジェクトではない Statement
    .checks = オブジェクトでも配列でもない Statement 要素、および Statement 配列内のオブジェクトではない項目を検出します。
    .why = AWS によって拒否されます。ステートメントはすべて、Effect、Action、Resource（エンドポイントポリシーではさらに Principal）を含むオブジェクトである必要があります。

INVALID_VARIABLE_FOR_OPERATOR =
    .title = 演算子がサポートしないポリシー変数
    .checks = Numeric、Date、Bool、Binary、IpAddress、Null 条件の値に含まれる、${ "{" }aws:TokenIssueTime{ "}" } などのポリシー変数を検出します。
    .why = AWS が変数を置換するのは String 条件と Arn 条件のみです。それ以外の条件では、意図どおりに機能しません。

INVALID_VERSION =
    .title = 無効な Version
    .checks = 2012-10-17 または 2008-10-17 以外の Version（今日の日付など）を検出します。
    .why = Version はポリシーの作成日ではなく、ポリシー言語のバージョンを表します。これ以外の値は AWS によって拒否されます。--fix は、有効なバージョンの前後にある余分な空白を削除します。

INVALID_VPCE_FORMAT =
    .title = 条件内の無効な VPC エンドポイント ID
    .checks = vpce- の後に 8 桁または 17 桁の 16 進数が続く形式になっていない aws:SourceVpce の値を検出します。
    .why = エンドポイント ID は完全一致で比較されます。ID の一部が欠けていたり入力ミスがあったりすると一致することはなく、エラーも出ないまま条件が満たされなくなります。

INVALID_VPC_FORMAT =
    .title = 条件内の無効な VPC ID
    .checks = vpc- の後に 8 桁または 17 桁の 16 進数が続く形式になっていない aws:SourceVpc の値を検出します。
    .why = VPC ID は完全一致で比較されます。ID の一部が欠けていたり入力ミスがあったりすると一致することはなく、エラーも出ないまま条件が満たされなくなります。

JSON_SYNTAX_ERROR =
    .title = 無効な JSON
    .checks = 厳密な JSON に準拠していない記述を検出します。対象は、末尾のカンマ、コメント、一重引用符、重複したキー、不正なエスケープ、エスケープされていない制御文字、閉じられていない文字列、U+00A0 などの空白に見える文字（ウェブページからのコピーで混入するもの）、ドキュメントの後に続く内容、最上位がオブジェクトではないもの、空の入力、64 レベルを超えるネストです。
    .why = ドキュメント全体が AWS によって拒否されます。--fix は、末尾のカンマとコメントの削除、一重引用符の変換、制御文字のエスケープ、不足しているカンマの挿入、空白に見える文字の置き換えを行います。

MISSING_ACTION =
    .title = Action のないステートメント
    .checks = Action と NotAction のどちらも含まないステートメントを検出します。
    .why = 対象のアクションが指定されていないステートメントは、AWS によって拒否されます。

MISSING_ARN_REGION =
    .title = 形式上必要なリージョンがない ARN
    .checks = リソースの ARN 形式でリージョンが必要であるにもかかわらず、リージョンフィールドが空になっている ARN（arn:aws:imagebuilder::111122223333:image/* など）を検出します。このフィールドのワイルドカードはリージョンに一致するため、検出の対象外です。
    .why = 空のフィールドはリージョンを持たないリソースにのみ一致しますが、これらのリソースには必ずリージョンがあるため、ステートメントはどのリソースにも一致しません。以下の Deny では、どのイメージも保護されません。

MISSING_BRACE_IN_VARIABLE =
    .title = 中括弧が欠けているポリシー変数
    .checks = ${ "{" } に対応する閉じ中括弧 { "}" } がないポリシー変数、または $aws:username のように中括弧なしで書かれた変数を検出します。
    .why = このテキストは変数として扱われず、文字どおりに照合されるため、リソースや条件はどれにも一致しません。

MISSING_EFFECT =
    .title = Effect のないステートメント
    .checks = Effect 要素のないステートメントを検出します。
    .why = 許可と拒否のどちらであるかが指定されていないステートメントは、AWS によって拒否されます。

MISSING_PRINCIPAL =
    .title = Principal のないステートメント
    .checks = エンドポイントポリシーまたはリソースベースのポリシーで、Principal と NotPrincipal のどちらも含まないステートメントを検出します。
    .why = エンドポイントポリシーには Principal 要素が必要です。エンドポイントポリシーでプリンシパルが省略されている場合、AWS は "*" として評価するため、--fix は許可の対象を変えずに "Principal": "*" を追加します。

MISSING_RESOURCE =
    .title = Resource のないステートメント
    .checks = Resource と NotResource のどちらも含まないステートメントを検出します。
    .why = 対象のリソースが指定されていないステートメントは、AWS によって拒否されます。すべてのリソースを対象にする場合は "*" を使用してください。

MISSING_STATEMENT =
    .title = ステートメントのないポリシー
    .checks = Statement 要素がない、または Statement が空のポリシーを検出します。
    .why = ポリシーには 1 つ以上のステートメントが必要です。ステートメントがないポリシーは AWS によって拒否されます。

MISSING_VERSION =
    .title = Version のないポリシー
    .checks = Version 要素のないポリシーを検出します。
    .why = Version がない場合、AWS はポリシーを 2008-10-17 のルールで解釈します。このルールでは、${ "{" }aws:username{ "}" } などのポリシー変数は単なるテキストとして扱われます。ポリシーで変数を使用していない場合、--fix は "Version": "2012-10-17" を追加します。

NULL_WITH_IF_EXISTS =
    .title = IfExists 付きの Null
    .checks = IfExists サフィックスが付いた Null 条件演算子を検出します。
    .why = Null はそもそもキーの有無を判定する演算子であり、AWS では Null に IfExists を付けることはできません。Null を単独で使用してください。

NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY =
    .title = システム ID のキーに対する数値条件演算子
    .checks = エンドポイントポリシーで、システムが生成した ID を保持するキー（aws:PrincipalAccount、aws:ResourceAccount、aws:SourceAccount、aws:VpceAccount、aws:SourceVpc、aws:SourceVpce、および組織 ID のキー）に対して使用されている Numeric 条件演算子を検出します。
    .why = VPC エンドポイントポリシーでは、これらのキーに数値条件演算子を使用できません。StringEquals を使用して、ID を文字列として比較してください。

ORG_CONDITION_ON_AWS_OWNED_BUCKET =
    .title = AWS 所有のバケットに対するリソースの組織の条件
    .checks = S3 を対象とするポリシーで、Image Builder のダウンロード元である AWS 所有のバケットに対して s3:GetObject を許可するステートメント、またはこれらのバケットも対象に含む Deny に指定された、リソースの組織またはアカウントに関する条件（aws:ResourceOrgID、aws:ResourceOrgPaths、aws:ResourceAccount）を検出します。
    .why = Image Builder は、AWSTOE、Amazon マネージドコンポーネント、SSM Agent を、お客様の組織やアカウントの外部にある AWS 所有のバケットからダウンロードします。そのため、この条件によってダウンロードがブロックされ、すべてのビルドが失敗します（プリンシパルに関する条件は PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE で検出されます）。これらのバケットは、このような条件を含まない別のステートメントで許可してください。

POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA =
    .title = 20,480 文字を超えるエンドポイントポリシー
    .checks = 空白を含めて 20,480 文字を超えるエンドポイントポリシーを検出します。
    .why = これを超えるエンドポイントポリシーは AWS によって拒否されます。JSON から不要な空白を削除する、ステートメントを統合する、または長いアクションやリソースのリストの代わりにワイルドカードを使用してください。

POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA =
    .title = 6,144 文字を超えるアイデンティティベースのポリシー
    .checks = アイデンティティベースのポリシーで、空白を除いて 6,144 文字（カスタマー管理ポリシーのクォータ）を超えるポリシーを検出します。--aws-managed を指定した場合は報告しません。
    .why = これを超える管理ポリシーは IAM によって拒否されます。空白は文字数に含まれないため、JSON を縮小しても解決しません。ステートメントを統合する、ワイルドカードを使用する、またはポリシーを複数に分割してください。

POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA =
    .title = 20,480 文字を超えるリソースベースのポリシー
    .checks = リソースベースのポリシーで、20,480 文字（S3 バケットポリシーのクォータ）を超えるポリシーを検出します。
    .why = クォータを超えるリソースベースのポリシーは AWS によって拒否されます。JSON から不要な空白を削除する、ステートメントを統合する、または長いリストの代わりにワイルドカードを使用してください。

PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE =
    .title = プリンシパル情報を含まないダウンロードに対するプリンシパルの条件
    .checks = S3 エンドポイントポリシーで、ビルドに必要でありながらポリシーによって拒否される AWS 所有のリソースを対象とする Allow について、そのプリンシパル条件キー（aws:PrincipalOrgID、aws:PrincipalAccount、aws:PrincipalArn、aws:userid、aws:PrincipalTag/…）をそれぞれ検出します。
    .why = これらのリソースへのリクエストは、署名なし（dnf、AWSTOE、SSM Agent）か、AWS のサービスが発行した署名付き URL を使用するもの（ECR レイヤー）です。お客様のプリンシパルを表すキーを含まないため、これらのリクエストで条件が true になることはなく、ステートメントによって許可されることもありません。

REDUNDANT_ACTION =
    .title = 冗長なアクション
    .checks = 同じ Action または NotAction の別の値ですでにカバーされているアクション（重複しているもの、または imagebuilder:Get* などのワイルドカードに一致するもの）を検出します。
    .why = 動作は何も変わらず、20,480 文字のクォータがあるポリシーのサイズが増えるだけです。また、後でリストを編集する人の誤解を招きます。

REDUNDANT_RESOURCE =
    .title = 冗長なリソース
    .checks = 同じ Resource または NotResource の別の値ですでにカバーされているリソース（重複しているもの、またはワイルドカードに一致するもの）を検出します。
    .why = 動作は何も変わらず、ポリシーのサイズが増えるだけです。また、後でリストを編集する人の誤解を招きます。

REDUNDANT_STATEMENT =
    .title = 冗長なステートメント
    .checks = Sid を除いて、前にあるステートメントと同一のステートメントを検出します。
    .why = 動作は何も変わらず、ポリシーのサイズが増えるだけです。また、後で一方だけを編集すると、もう一方によって以前のアクセス権限が引き続き付与されます。

RESOURCE_TYPE_MISMATCH =
    .title = アクションとリソースタイプの不一致
    .checks = どのアクションも Resource の ARN が示すリソースタイプに作用しない Allow ステートメントを検出します。たとえば、バケットの ARN である arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod に対して、オブジェクトに作用する s3:GetObject を指定したステートメントが該当します。
    .why = このステートメントでは何も許可されません。S3 エンドポイントの場合、ポリシーはエラーなく受け入れられますが、Image Builder のビルドはすべて失敗します。AWSTOE のダウンロードはオブジェクトに対する s3:GetObject であるため、バケットの ARN には /* が必要です。

TYPE_MISMATCH =
    .title = 型が正しくない条件値または演算子
    .checks = 演算子の型に合わない条件値（Bool に対する "no"、ISO 8601 形式ではない日付、Numeric に対する数値以外の値、IpAddress に対する不正な CIDR）と、aws:PrincipalOrgID に対する IpAddress のように、キーの型を比較できない演算子を検出します。
    .why = AWS は値を比較できないため、条件が一致することはありません。その結果、Allow では何も許可されず、Deny では何も拒否されません。

UNDOCUMENTED_ACTION =
    .title = サービス認可リファレンスに記載されていないアクション
    .checks = 既知のサービスのアクションのうち、組み込みのサービス認可リファレンスのデータに含まれず、既存のアクションの入力ミスとも考えにくいもの（入力ミスは UNKNOWN_ACTION で検出されます）と、そのサービスのどのアクションにも一致しないワイルドカードを検出します。
    .why = AWS が認識しないアクションは何にも一致しないため、Allow では何も許可されず、Deny では何も拒否されません。ただし、AWS ではどのスナップショットよりも速いペースでアクションが追加されるため、組み込みデータより新しいアクションもこの検出結果として報告されます。変更する前に、リファレンスで確認してください。

UNDOCUMENTED_SERVICE =
    .title = サービス認可リファレンスに記載されていないサービス
    .checks = サービスプレフィックスが組み込みのサービス認可リファレンスのデータにあるサービスではなく、既存のサービスの入力ミスとも考えにくいアクション（入力ミスは UNKNOWN_SERVICE で検出されます）を検出します。
    .why = AWS に存在しないサービスのアクションは何にも一致しません。なお、AWS 自身の AWS 管理ポリシーにも、提供が終了したサービス（deeplens、mobilehub、zocalo）が残っています。また、組み込みデータより新しいサービスも報告されます。

UNIQUE_SIDS_REQUIRED =
    .title = 重複した Sid
    .checks = ポリシー内の複数のステートメントで使用されている Sid を検出します。
    .why = Sid はステートメントを識別するためのもので、ポリシーの種類によっては重複が拒否されます。また、Sid を参照する検出結果やログ、後の編集で、どのステートメントを指すのかがあいまいになります。

UNKNOWN_ACTION =
    .title = 不明なアクション
    .checks = サービス認可リファレンスのデータで、そのサービスのアクションとして存在しないアクション（imagebuilder:GetImages など）と、どのアクションにも一致しないワイルドカードパターンを検出します。
    .why = アクション名にスペルミスがあっても AWS はエラーを返さずに受け入れますが、そのアクションは何にも一致しないため、Allow では何も許可されず、Deny では何も拒否されません。検出結果には、最も近い実在のアクションが提示されます。

UNKNOWN_IMAGEBUILDER_ENVIRONMENT =
    .title = 不明な Image Builder 環境
    .checks = 環境のサフィックスが prod、preprod、beta のいずれでもない ec2imagebuilder-toe バケットまたは ec2imagebuilder-managed-resources バケットを検出します。
    .why = これらのバケットは 3 つの環境にのみ存在します。それ以外のサフィックスでは存在しないバケットを指すことになり、Image Builder が実際に行うダウンロードはブロックされたままになります。ほとんどのアカウントでは prod を使用します。

UNKNOWN_SERVICE =
    .title = 不明なサービスプレフィックス
    .checks = サービスプレフィックスがサービス認可リファレンスのどの AWS サービスにも該当しないアクション（imagebuildr:GetImage など）を検出します。
    .why = このアクションは何にも一致しませんが、AWS はエラーを返しません。そのため、Allow では何も許可されず、Deny では何も拒否されません。

UNREPLACED_PLACEHOLDER =
    .title = 置き換えられていない AWS ドキュメントのプレースホルダー
    .checks = 条件値、ARN のリージョンやアカウント、または Image Builder のバケット名に残っている、AWS ドキュメントのポリシー例のプレースホルダー（region、environment、principal-org-id、resource-org-id、account-id）を検出します。
    .why = プレースホルダーは実在する値に一致しないため、貼り付けたポリシーによって Image Builder がブロックされるか、何も制限されなくなります。--region と --environment を指定すると、--fix によってリージョンと環境が入力されます。

UNSUPPORTED_ELEMENT =
    .title = 不明なポリシー要素、または大文字と小文字が誤った要素名
    .checks = その位置で使用できるポリシー要素ではないキーを検出します。resource のように大文字と小文字が誤った要素名も対象です。
    .why = 要素名では大文字と小文字が区別され、不明な要素は AWS によって拒否されます。--fix は、大文字と小文字が誤った要素名を修正します。

UNSUPPORTED_PRINCIPAL =
    .title = アイデンティティベースのポリシー内の Principal
    .checks = アイデンティティベースのポリシーで、Principal 要素または NotPrincipal 要素を検出します。
    .why = アイデンティティベースのポリシーのプリンシパルは、ポリシーがアタッチされているユーザー、グループ、またはロールです。この要素を含むポリシーは IAM によって拒否されます。

UNSUPPORTED_SID =
    .title = 英数字以外の文字を含む Sid
    .checks = アイデンティティベースのポリシーで、ASCII の英字と数字以外の文字を含む Sid を検出します。
    .why = IAM では、アイデンティティベースのポリシーの Sid に使用できる文字は A-Z、a-z、0-9 のみです。それ以外の文字を含むポリシーは拒否されます。

UNSUPPORTED_WILDCARD_IN_PRINCIPAL =
    .title = プリンシパル内の部分的なワイルドカード
    .checks = AWS プリンシパルまたは Service プリンシパルに対する単独の "*" を除き、* または ? を含むプリンシパル値（arn:aws:iam::111122223333:role/ImageBuilder* など）を検出します。
    .why = プリンシパルではワイルドカードによる照合は行われず、部分的なワイルドカードは AWS によって拒否されます。"*" を指定し、aws:PrincipalArn に対する ArnLike で対象を絞り込んでください。

VARIABLE_UNSUPPORTED_IN_VERSION =
    .title = Version 2012-10-17 以外のポリシーでのポリシー変数
    .checks = Version が 2012-10-17 ではないポリシーで、${ "{" }aws:PrincipalTag/team{ "}" } などのポリシー変数を検出します。
    .why = 以前のバージョンのポリシー言語では ${ "{" }...{ "}" } が文字どおりのテキストとして照合されるため、リソースや条件が一致することはありません。--fix は Version を 2012-10-17 に設定します。

WILDCARD_IN_SERVICE_NAME =
    .title = サービスプレフィックス内のワイルドカード
    .checks = サービスプレフィックスに * または ? を含むアクション（*builder:GetImage など）を検出します。
    .why = プレフィックスにワイルドカードを使用すると、現在または将来の名前が似た別のサービスにも一致し、意図しないアクセスが許可される可能性があります。

WILDCARD_ON_SYSTEM_ID_KEY =
    .title = システム ID のキーに対するワイルドカード
    .checks = エンドポイントポリシーで、システムが生成した ID を保持するキー（aws:PrincipalAccount、aws:ResourceAccount、aws:SourceAccount、aws:VpceAccount、aws:SourceVpc、aws:SourceVpce、および組織 ID のキー）の値に含まれる * または ? を検出します。
    .why = VPC エンドポイントポリシーでは、これらのキーにワイルドカードを使用できません。StringEquals を使用して、正確な ID を列挙してください。

WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS =
    .title = 前後に連続する 6 文字がないワイルドカード
    .checks = エンドポイントポリシーで、ワイルドカードの前と後のどちらにも連続する 6 文字以上のリテラル文字がない StringLike の値を検出します。
    .why = VPC エンドポイントポリシーの文字列条件では、各ワイルドカードの前または後に連続する 6 文字以上の文字が必要です。パターンをより具体的にするか、StringEquals を使用して正確な値を列挙してください。
## The words around a rule's documentation and severities.

explain-checks = 検出する内容
explain-why = 影響
explain-fails = 検出される例
explain-passes = 修正した例
explain-see = 詳細: { $url }
severity-error = エラー
severity-security_warning = セキュリティ警告
severity-warning = 警告
severity-suggestion = 提案

## The CLI's words around findings.

cli-note = 注記
cli-at = 場所
cli-help = ヒント
cli-fix = 修正
cli-apply-with-fix = （--fix で適用できます）
no-findings = 検出結果はありません
list-separator = 、
count-error-one = エラー { $n } 件
count-error-other = エラー { $n } 件
count-security_warning-one = セキュリティ警告 { $n } 件
count-security_warning-other = セキュリティ警告 { $n } 件
count-warning-one = 警告 { $n } 件
count-warning-other = 警告 { $n } 件
count-suggestion-one = 提案 { $n } 件
count-suggestion-other = 提案 { $n } 件
cli-no-policy-found = ポリシーが見つかりません
cli-not-checked = 検査していません
cli-kind-policy = { $kind } ポリシー

## Findings: the messages, help, fix titles and notes of the checks.

strings-must-use-double-quotes = 文字列は一重引用符ではなく二重引用符で囲む必要があります
json-strings-cannot-contain-raw = JSON 文字列に制御文字をそのまま含めることはできません。`{ $escaped }` と書いてください
write-fixed = { $fixed } と書いてください
escape-control-character = 制御文字をエスケープ
use-double-quotes = 二重引用符を使用
invalid-escape-sequence-what = 無効なエスケープシーケンスです: { $what }
json-escapes-are-b-f = JSON のエスケープシーケンスは \" \\ \/ \b \f \n \r \t および \uXXXX です。バックスラッシュは \\ と書いてください
unterminated-string = 文字列が閉じられていません
close-string-double-quote = 文字列を二重引用符で閉じてください
unterminated-string-line-ends-before = 文字列が閉じられていません: 閉じ引用符の前で行が終わっています
close-string-double-quote-on = 同じ行で文字列を二重引用符で閉じてください
usually-comes-from-origin-json = 通常、これは { $origin } によって混入します。JSON の空白文字はスペース、タブ、CR、LF のみのため、AWS はドキュメント全体を拒否します。通常のスペースに置き換えてください
replace-every-name-ordinary-space = すべての { $name } を通常のスペースに置換
comments-are-not-allowed-json = JSON ポリシーではコメントを使用できません
trailing-comma-before-closer = `{ $closer }` の前に末尾のカンマがあります
duplicate-key-key-first-line = キー "{ $key }" が重複しています（最初の出現: { $line } 行 { $column } 列）
missing-between-object-members = オブジェクトのメンバー間に `,` がありません
missing-between-array-items = 配列の要素間に `,` がありません
aws-rejects-policies-comments-put = AWS はコメントを含むポリシーを拒否します。メモはステートメントの Sid に記述してください
json-allows-no-comma-after = JSON では最後の要素の後にカンマを置けません。削除してください
aws-rejects-policy-duplicate-keys = AWS はキーが重複したポリシーを拒否します。いずれか 1 つだけを残してください
separate-members-comma = メンバーをカンマで区切ってください
separate-items-comma = 要素をカンマで区切ってください
remove-comment = コメントを削除
remove-trailing-comma = 末尾のカンマを削除
insert-comma = カンマを挿入
first-occurrence = 最初の出現箇所
policy-empty = ポリシーが空です
policy-json-object-such = ポリシーは { "{" }"Version": "2012-10-17", "Statement": [...]{ "}" } のような JSON オブジェクトです
policy-must-json-object-not = ポリシーは { $type_name } ではなく JSON オブジェクトである必要があります
wrap-statements = ステートメントを { "{" }"Version": "2012-10-17", "Statement": [...]{ "}" } で囲んでください
unexpected-describe-here-after-end = ポリシードキュメントの終わりの後に予期しない { $describe_here } があります
policy-single-json-object-remove = ポリシーは単一の JSON オブジェクトです。閉じ波かっこより後ろにあるものを削除してください
text-not-valid-json-number = `{ $text }` は有効な JSON の数値ではありません
numbers-look-like-e-iam = 数値は 12、-3.5、1e3 のような形式です。IAM の値は通常、二重引用符で囲んだ文字列です
expected-value-found-found = 値が必要ですが、{ $found } が見つかりました
value-string-number-object-array = 値は文字列、数値、オブジェクト、配列、true、false、null のいずれかです
document-nested-more-than-max = ドキュメントのネストが { $MAX_DEPTH } レベルを超えています
iam-policies-need-most-five = IAM ポリシーに必要なネストは最大 5 レベルです
expected-key-double-quotes-found = 二重引用符で囲んだキーまたは `{ "}" }` が必要ですが、{ $found } が見つかりました
expected-after-key-key-found = キー "{ $key }" の後に `:` が必要ですが、{ $found } が見つかりました
object-member-key-value = オブジェクトのメンバーは "Key": value の形式です
expected-found-found = `,` または `{ "}" }` が必要ですが、{ $found } が見つかりました
close-object = オブジェクトを `{ "}" }` で閉じてください
expected-found-found-2 = `,` または `]` が必要ですが、{ $found } が見つかりました
close-array = 配列を `]` で閉じてください
unexpected-word-other = 予期しない単語 `{ $other }` があります
element-names-are-case-sensitive = 要素名では大文字と小文字が区別されます。"{ $key }" は "{ $k }" である必要があります
key-not-policy-element-here = "{ $key }" はこの位置で使用できるポリシー要素ではありません
key-must-string-not-type = { $key } は { $type_name } ではなく文字列である必要があります
statement-must-object-not-type = ステートメントは { $type_name } ではなくオブジェクトである必要があります
statement-must-object-array-objects = Statement は { $type_name } ではなく、オブジェクトまたはオブジェクトの配列である必要があります
statement-cannot-have-both-conflict = 1 つのステートメントに { $conflict } と { $name } の両方を含めることはできません
what-must-string-array-strings = { $what } は { $type_name } ではなく、文字列または文字列の配列である必要があります
name-must-object-not-type = { $name } は { $type_name } ではなく、"*" またはオブジェクトである必要があります
condition-must-object-not-type = Condition は { $type_name } ではなくオブジェクトである必要があります
key-operator-must-map-condition = { $key } 演算子の値は { $type_name } ではなく、条件キーと値の対応を表すオブジェクトである必要があります
condition-value-must-string-number = 条件値は { $type_name } ではなく、文字列、数値、ブール値のいずれかである必要があります
rename-k = 名前を "{ $k }" に変更してください
elements-allowed-here-are-known = この位置で使用できる要素は { $known } です
each-statement = 各ステートメントは { "{" }"Effect": …, "Action": …, "Resource": …{ "}" } の形式です
write-statement = "Statement": [{ "{" }"Effect": …, "Action": …, "Resource": …{ "}" }] と書いてください
keep-either-conflict-name = { $conflict } と { $name } のどちらか一方だけを残してください
write-string-such-imagebuilder-getimage = "imagebuilder:GetImage" のような文字列、またはその配列を書いてください
write-principal-principal = "Principal": "*" または "Principal": { "{" }"AWS": "arn:aws:iam::111122223333:root"{ "}" } と書いてください
write-condition = "Condition": { "{" }"StringEquals": { "{" }"aws:PrincipalOrgID": "o-…"{ "}" }{ "}" } と書いてください
write = { "{" }"aws:PrincipalOrgID": "o-…"{ "}" } と書いてください
write-value-array-values = 値または値の配列を書いてください
rename-k-2 = 名前を "{ $k }" に変更
policy-has-no-version-aws = ポリシーに Version がないため、AWS は 2008-10-17 のルールでポリシーを解釈します。この場合、ポリシー変数は展開されず、そのままの文字列として扱われます
v-not-policy-language-version = "{ $v }" はポリシー言語のバージョンではありません
policy-has-no-statements = ポリシーにステートメントがありません
endpoint-policy-only-denies-no = このエンドポイントポリシーは拒否のみを行います。Allow ステートメントがないため、エンドポイントはすべてのリクエストを拒否します
sid-sid-used-more-than = Sid "{ $sid }" が複数のステートメントで使用されています
sids-identity-policies-may-hold = ID ベースのポリシーの Sid に使用できるのは英数字のみです
policy-count-characters-what-may = ポリシーは { $count } 文字です。{ $what } の上限は { $quota } 文字です
statement-repeats-path = このステートメントは { $path } と重複しています
remove-one-two-statements = 2 つのステートメントのどちらか一方を削除してください
add-version-first-element = 最初の要素として "Version": "2012-10-17" を追加してください
use-current-version = "2012-10-17"（現在のバージョン）または "2008-10-17" を使用してください
add-statement = "Statement": [{ "{" }"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"{ "}" }] を追加してください
add-allow-deny-statements-carve = Deny ステートメントで一部を除外する前提となる Allow ステートメントを追加してください（例: { "{" }"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"{ "}" }）
give-every-statement-own-sid = ステートメントごとに固有の Sid を指定してください
remove-spaces-dashes-other-punctuation = Sid からスペース、ハイフン、その他の記号を削除してください
minify-json-merge-statements-use = JSON を縮小するか、ステートメントを統合するか、長いアクションのリストにはワイルドカードを使用してください
add-version = "Version": "2012-10-17" を追加
remove-extra-whitespace = 余分な空白を削除
first-used-here = 最初の使用箇所
same-statement = 同一のステートメント
policy-variables-work-only-string = ポリシー変数は文字列演算子と ARN 演算子でのみ機能します
policy-variables-need-version-version = ポリシー変数には Version "2012-10-17" が必要です。このバージョンでは、テキストはそのままの文字列として照合されます
s-has-problem = "{ $s }" に { $problem } があります
write-variables = 変数は ${ "{" }aws:username{ "}" } のように書いてください
use-string-arn-operator-literal = String 系または Arn 系の条件演算子を使用するか、リテラル値を指定してください
set-version = "Version": "2012-10-17" を設定してください
set-version-2 = Version を 2012-10-17 に設定
name-empty-array-statement-matches = { $name } が空の配列のため、このステートメントはどのアクションにも一致しません
action-action-contains-whitespace-matches = アクション "{ $action }" に空白が含まれているため、何にも一致しません
action-joins-several-actions-comma = "{ $action }" は複数のアクションをカンマで連結しているため、何にも一致しません
action-action-has-no-service = アクション "{ $action }" にサービスプレフィックスがありません
action-not-form-service-action = "{ $action }" は service:Action の形式ではありません
prefix-not-aws-service-prefix = "{ $prefix }" は AWS のサービスプレフィックスではないため、"{ $action }" は何にも一致しません
prefix-not-service-service-authorization = "{ $prefix }" はサービス認可リファレンスに記載されているサービスではないため、"{ $action }" は何にも一致しない可能性があります
action-matches-no-prefix-action = "{ $action }" は、サービス認可リファレンスに記載されている { $prefix } のどのアクションにも一致しません
action-not-prefix-action = "{ $action }" は { $prefix } のアクションではありません
action-not-prefix-action-service = "{ $action }" は、サービス認可リファレンスに記載されている { $prefix } のアクションではありません
action-has-wildcard-service-prefix = "{ $action }" のサービスプレフィックスにワイルドカードが含まれています
name-service-explicitly-wildcard-prefix = サービスを明示的に指定してください。プレフィックスにワイルドカードを使用すると、意図しないサービスにも一致する可能性があります
list-least-one-action-such = "imagebuilder:GetImage" などのアクションを 1 つ以上指定してください
remove-whitespace-squeezed = 空白を削除してください: "{ $squeezed }"
write-each-action-own-string = 各アクションを配列内の個別の文字列として記述してください: ["s3:GetObject", "s3:PutObject"]
write-actions-service-action-e = アクションは service:Action の形式で記述してください（例: "imagebuilder:GetImage"）
write-actions-service-action-e-2 = アクションは service:Action の形式で記述してください（例: "s3:GetObject"）
did-you-mean-c-name = "{ $c }:{ $name }" のことですか？
check-prefix-service-may-retired = プレフィックスを確認してください。サービスが廃止されているか、組み込みデータより新しい可能性があります（`vpce-policy rules` を参照）
check-spelling-prefix-has-service = スペルを確認してください。{ $prefix } にはドキュメント化されたアクションが { $service } 個あります
did-you-mean-prefix-c = "{ $prefix }:{ $c }" のことですか？
check-spelling-against-prefix-actions = { $prefix } のアクションと照らしてスペルを確認してください。組み込みデータより新しいアクションも報告されます
remove-whitespace = 空白を削除
endpoint-policies-cannot-use-wildcards = { $name } はシステムが生成した ID を保持するため、エンドポイントポリシーではワイルドカードを使用できません
s-not-want = "{ $s }" は { $want } ではありません
s-endpoint-policies-need-least = "{ $s }": エンドポイントポリシーでは、各ワイルドカードの前または後に連続する 6 文字以上のリテラル文字が必要です
list-exact-ids-stringequals = StringEquals を使用して正確な ID を列挙してください
arn-s-account-field-digit = ARN のアカウントフィールドは、12 桁のアカウント ID またはワイルドカードです
name-holds-want = { $name } の値は { $want } です
make-pattern-more-specific-list = パターンをより具体的にするか、StringEquals を使用して正確な値を列挙してください
condition-object-empty = Condition オブジェクトが空です
name-not-condition-operator = "{ $name }" は条件演算子ではありません
null-cannot-combined-ifexists = Null は IfExists と組み合わせることができません
name-operator-has-no-condition = { $name } 演算子に条件キーがありません
name-not-condition-key = "{ $name }" は条件キーではありません
name-not-known-condition-key = "{ $name }" は既知の条件キーではありません
name-has-no-values = { $name } に値がありません
endpoint-policies-cannot-use-numeric = { $name } はシステムが生成した ID を保持するため、エンドポイントポリシーでは数値条件演算子を使用できません
forallvalues-single-valued-key-name = 単一値のキー { $name } に ForAllValues が使用されています。この場合、キーが存在しないときも true になります
drop-forallvalues-qualifier-use-only = ForAllValues: 修飾子を削除してください。この修飾子は aws:TagKeys などの複数値のキーにのみ使用します
remove-empty-condition-add-condition = 空の Condition を削除するか、条件を追加してください
null-already-tests-whether-key = Null はそれ自体でキーが存在するかどうかを判定します。IfExists を削除してください
add-key-remove-operator = キーを追加するか、演算子を削除してください
condition-keys-look-like-service = 条件キーは service:Name の形式です（例: aws:PrincipalOrgID）
check-spelling-key-never-present = スペルを確認してください。リクエストに含まれることのないキーでは、条件は false になります（否定の演算子では true）
list-least-one-value = 値を 1 つ以上指定してください
use-operator-matches-key-s = キーの型に合った演算子を使用してください（例: 文字列のキーには StringEquals）
use-stringequals-exact-id = StringEquals を使用して正確な ID を指定してください
write-s = "{ $s }" に変更
env-not-image-builder-environment = "{ $env }" は Image Builder のアプリケーション環境ではありません
v-found-but-policy-region = "{ $v }" は { $found } 用ですが、ポリシーのリージョンは { $region } です
name-would-block-image-builder = { $name } により、Image Builder による AWS 所有のバケットからのダウンロードがブロックされます。これらのバケットはお客様の組織やアカウントに属していません
allow-ec-imagebuilder-toe-managed = ec2imagebuilder-toe、managed-resources、amazon-ssm の各バケットは、組織の条件を含まない別のステートメントで許可してください
replace-placeholder-your-value-vpce = プレースホルダーを実際の値に置き換えてください。`vpce-policy generate` を使用すると、すべてのプレースホルダーが自動的に入力されます
image-builder-buckets-end-prod = Image Builder のバケット名の末尾は -prod、-preprod、-beta のいずれかです。ほとんどのアカウントでは prod を使用します
image-builder-only-reaches-buckets = Image Builder がアクセスできるのは、自身と同じリージョンにあるバケットと管理対象リソースのみです
use-region = { $region } を使用
fill-placeholders = プレースホルダーを入力
fill-region-environment = リージョンと環境を入力
use-region-2 = { $region } を使用
bare-principal-string-must-not = Principal を文字列のみで指定する場合、値は "{ $v }" ではなく "*" にする必要があります
principal-object-empty-matches-no = Principal オブジェクトが空のため、どのプリンシパルにも一致しません
key-not-principal-type = "{ $key }" はプリンシパルタイプではありません
key-principal-list-empty = { $key } プリンシパルのリストが空です
s-still-holds-placeholder = "{ $s }" にプレースホルダーが残っています
principals-cannot-contain-partial-wildcards = プリンシパルには部分的なワイルドカードを使用できません: "{ $s }"
s-not-valid-key-principal = "{ $s }" は有効な { $key } プリンシパルではありません
write-2 = { "{" }"AWS": "{ $v }"{ "}" } と書いてください
write-principal = "Principal": "*" または { "{" }"AWS": "…"{ "}" } と書いてください
principal-types-are-aws-service = プリンシパルタイプは AWS、Service、Federated、CanonicalUser のいずれかです（大文字と小文字は区別されます）
list-least-one-principal = プリンシパルを 1 つ以上指定してください
use-narrow-condition-such-arnlike = "*" を使用し、aws:PrincipalArn に対する ArnLike などの条件で絞り込んでください
rename-k-3 = "{ $k }" に名前を変更
statement-has-no-effect = ステートメントに Effect がありません
effect-must-allow-deny-not = Effect は "{ $e }" ではなく "Allow" または "Deny" である必要があります
statement-has-no-action-notaction = ステートメントに Action も NotAction もありません
statement-has-no-resource-notresource = ステートメントに Resource も NotResource もありません
every-statement-what-needs-principal = { $what } では、すべてのステートメントに Principal が必要です
identity-policies-cannot-have-principal = アイデンティティベースのポリシーには Principal を含めることができません。プリンシパルは、ポリシーがアタッチされている ID 自体です
allow-notprincipal-grants-access-every = Allow と NotPrincipal を組み合わせると、列挙したプリンシパルを除くすべてのプリンシパル（匿名の呼び出し元を含む）にアクセスが許可されます
use-principal-principals-you-mean = 許可するプリンシパルを Principal で指定してください
add-effect-allow-effect-deny = "Effect": "Allow" または "Effect": "Deny" を追加してください
effect-case-sensitive = Effect の値では大文字と小文字が区別されます
add-action-imagebuilder-actions-statement = "Action": "imagebuilder:*"、またはこのステートメントの対象とするアクションを追加してください
add-resource-arns-statement-about = "Resource": "*"、またはこのステートメントの対象とするリソースの ARN を追加してください
add-principal-narrow-callers-conditions = "Principal": "*" を追加し、aws:PrincipalOrgID などの条件で呼び出し元を絞り込んでください
remove-principal-element-validate-kind = Principal 要素を削除するか、--kind resource または --kind endpoint を指定して検証してください
write-fixed-2 = { $fixed } に変更
add-principal = "Principal": "*" を追加
v-already-covered-w = "{ $v }" は "{ $w }" にすでに包含されています
remove-redundant-noun = 冗長な { $noun } を削除してください
covers = この値に包含されます
name-empty-array-statement-matches-2 = { $name } が空の配列のため、このステートメントはどのリソースにも一致しません
text-not-arn-resources-start = "{ $text }" は ARN ではありません。リソースは "arn:" で始まる値か "*" である必要があります
text-has-fewer-than-six = "{ $text }" のコロン区切りのフィールドが 6 つ未満です
partition-not-aws-partition = "{ $partition }" は AWS のパーティションではありません
policy-deref-partition-name-but = ポリシーのリージョンは { $as_deref }（パーティション { $name }）ですが、この ARN のパーティションは { $partition } のため、そこでは何にも一致しません
region-not-aws-region = "{ $region }" は AWS リージョンではありません
region-region-partition-name-not = リージョン { $region } はパーティション { $partition } ではなく { $name } に属しています
resource-fits-none-formats-resource = "{ $resource }" は、{ $service } のリソースタイプ（{ $formats } 種類）のいずれの形式にも一致しません
service-kind-arns-have-no = { $service } { $kind } の ARN にはリージョンフィールドがありません
service-kind-arns-need-region = { $service } { $kind } の ARN にはリージョンが必要です
service-kind-arns-have-no-2 = { $service } { $kind } の ARN にはアカウントフィールドがありません
list-least-one-arn = ARN を 1 つ以上指定するか、"*" を指定してください
write-arn-partition-service-region = arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE の形式で記述してください（例: arn:aws:s3:::my-bucket/*）
write-arn-partition-service-region-2 = arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE の形式で記述してください。S3 の ARN ではリージョンとアカウントを空にします（arn:aws:s3:::bucket/*）
use-aws-aws-cn-aws = aws、aws-cn、aws-us-gov、aws-iso、aws-iso-b、aws-iso-e、aws-iso-f、aws-eusc のいずれかを使用してください
write-arn-name-arn-template = arn:{ $name }:… と書くか、テンプレートでは arn:${ "{" }AWS::Partition{ "}" } と書いてください
use-region-code-such-us = us-east-1 などのリージョンコードを使用するか、すべてのリージョンを対象にする場合は * を使用してください
write-arn-name = arn:{ $name }:… と書いてください
arn-s-account-field-digit-2 = ARN のアカウントフィールドは、12 桁のアカウント ID、ワイルドカード、または AWS 管理のリソースの場合は aws です
check-resource-part-against-service = リソース部分をサービス認可リファレンスと照らして確認してください（例: { $examples }）
write-fixed-3 = "{ $fixed }" と書いてください
empty-region-matches-only-resources = リージョンが空の場合、リージョンを持たないリソースにのみ一致します。us-east-1 などのリージョンを指定するか、すべてのリージョンを対象にする場合は * と書いてください
write-fixed-restrict-owner-aws = "{ $fixed }" と書いてください。所有者で制限するには、代わりに aws:ResourceAccount を使用してください
use-partition-name = パーティション { $name } を使用
empty-fields-resource-type-does = このリソースタイプにないフィールドを空にする
allow-these-aws-owned-resources = これらの AWS 所有のリソースは、プリンシパルに条件を設けない独立したステートメントで許可してください（AWS_OWNED_RESOURCE_NOT_ALLOWED の修正を参照）
allow-aws-owned-resources-build = ビルドに必要な AWS 所有のリソースを許可
control-character-in-string = 文字列の中に制御文字 U+{ $code } があります
object-keys-double-quotes = オブジェクトのキーは二重引用符で囲んでください
json-literals-lowercase = JSON のリテラルは小文字です。`{ $lower }` と書いてください
strings-in-double-quotes = 文字列は二重引用符で囲んでください
unknown-operator-did-you-mean = "{ $suggestion }" のことですか？ 条件演算子は大文字と小文字を区別します。不明な演算子があるとステートメントは適用されず、Deny の場合は拒否がエラーなく無視されます
unknown-operator-never-applies = 不明な演算子があるとステートメントは適用されず、Deny の場合は拒否がエラーなく無視されます
operator-cannot-compare-key = { $operator } では { $key } を比較できません（{ $type } 型のキーです）
want-number = 数値
want-date = 日付（2026-01-31T00:00:00Z のような ISO 8601 形式、またはエポック秒）
want-bool = "true" または "false"
want-null = "true"（キーがない）または "false"（キーがある）
want-base64 = base64
want-ip = IP アドレスまたは 10.0.0.0/16 のような CIDR ブロック
want-arn = ARN
operator-expects-not = { $operator } には { $want } を指定します。"{ $value }" は使えません
write-want = { $want } を指定してください
account-mixes-wildcard = アカウントフィールド "{ $account }" にアカウント ID とワイルドカードが混在しています。アカウント ID かワイルドカードのどちらか一方にしてください
account-not-12-digits = "{ $account }" は 12 桁のアカウント ID ではありません
placeholder-not-action = "{ $value }" はプレースホルダー { $name } のままで、アクションではありません
placeholder-not-real-value = "{ $value }" はドキュメントのプレースホルダーのままで、{ $key } の実際の値ではありません
value-holds-placeholder = "{ $value }" にプレースホルダー { $name } が残っています
value-holds-docs-placeholder = "{ $value }" にドキュメントのプレースホルダー `{ $placeholder }` が残っています
bucket-holds-placeholders = "{ $value }" のバケット名にドキュメントのプレースホルダーが残っています
principal-aws-help = 12 桁のアカウント ID、arn:aws:iam::ACCOUNT:root、またはロール、ユーザー、引き受けたロールの ARN を指定してください
principal-service-help = imagebuilder.amazonaws.com のようなサービスプリンシパルを指定してください
principal-canonical-user-help = 正規ユーザー ID は 16 進数 64 文字です
principal-federated-help = ID プロバイダーの ARN または名前を指定してください
requests-unsigned = 署名なし
requests-unsigned-or-presigned = 署名なし、または AWS のサービスによる署名付き
principal-key-never-in-requests = { $resources } へのリクエストには { $key } が含まれません。これらのリクエストは{ $signing }のため、このステートメントでは許可されません
policy-denies-aws-owned = この S3 エンドポイントポリシーは、ビルドに必要な AWS 所有のリソース（{ $refs }）を拒否しています
policy-does-not-allow-aws-owned = この S3 エンドポイントポリシーは、ビルドに必要な AWS 所有のリソース（{ $refs }）を許可していません
aws-owned-denied-help = 明示的な Deny が対象に含めています。AWS 所有のバケットをその Deny から除外してください（これらのバケットはお客様の組織の外にあり、リクエストにお客様のプリンシパルは含まれません）
aws-owned-not-allowed-help = プリンシパルやリソースの組織を条件にしないステートメントで、これらに対する s3:GetObject を許可してください。リクエストは署名なしか AWS による署名付きで、バケットはお客様の組織に属していません
action-name = { $action }
none-of-its-actions = { $count } 個のアクションのいずれも
acts-on-no-resource-type = { $what } はリソースタイプを持たないため、"Resource": "*" が必要です。これらの ARN は一致しません
acts-on-types-none-named = { $what } は { $types } を対象としますが、ここの Resource はいずれもそれを指定していないため、この Allow は何も許可しません
acts-on-type-none-named = { $what } が対象とするリソースタイプを、ここの Resource は指定していないため、この Allow は何も許可しません
name-objects-in-bucket = バケット内のオブジェクトを指定してください: "{ $fixed }"
write-resource-star = このアクションには "Resource": "*" と書いてください
name-resource-right-type = 適切なタイプのリソースを指定してください（例: { $examples }）
char-not-json-whitespace = { $name } は JSON の空白文字ではありません
char-not-json-whitespace-many = { $name } は JSON の空白文字ではありません（{ $lines } 行に { $count } 箇所）

## Live policy blocks on docs pages (embed.js).

embed-policy = ポリシー
embed-errors-one = エラー { $n } 件: AWS はこのポリシーを拒否します
embed-errors-other = エラー { $n } 件: AWS はこのポリシーを拒否します
embed-valid-with-warnings = 有効（警告あり）
embed-valid = 有効: 検出結果はありません
embed-fix = 修正
embed-copy = コピー
embed-copied = コピーしました
embed-copy-failed = コピーできませんでした。テキストを選択してコピーしてください
embed-open = プレイグラウンドで開く

## The playground (web/).

page-tagline = プライベート VPC で EC2 Image Builder を使うための VPC エンドポイントポリシーを、ブラウザ上で生成、検証、評価します。データがこのページの外に送信されることはありません。
language-label = 言語
rule-doc-about = { $code } について: { $title }
rule-doc-checks = 検出する内容:
rule-doc-why = 影響:
rule-doc-aws-documentation = AWS ドキュメント

## Regions and partitions, as the Japanese AWS console names them.

partition-aws = AWS 商用
partition-aws-cn = AWS 中国
partition-aws-us-gov = AWS GovCloud (US)
partition-aws-iso = AWS ISO (米国)
partition-aws-iso-b = AWS ISOB (米国)
partition-aws-iso-e = AWS ISOE (欧州)
partition-aws-iso-f = AWS ISOF
partition-aws-eusc = AWS European Sovereign Cloud
region-af-south-1 = アフリカ (ケープタウン)
region-ap-east-1 = アジアパシフィック (香港)
region-ap-east-2 = アジアパシフィック (台北)
region-ap-northeast-1 = アジアパシフィック (東京)
region-ap-northeast-2 = アジアパシフィック (ソウル)
region-ap-northeast-3 = アジアパシフィック (大阪)
region-ap-south-1 = アジアパシフィック (ムンバイ)
region-ap-south-2 = アジアパシフィック (ハイデラバード)
region-ap-southeast-1 = アジアパシフィック (シンガポール)
region-ap-southeast-2 = アジアパシフィック (シドニー)
region-ap-southeast-3 = アジアパシフィック (ジャカルタ)
region-ap-southeast-4 = アジアパシフィック (メルボルン)
region-ap-southeast-5 = アジアパシフィック (マレーシア)
region-ap-southeast-6 = アジアパシフィック (ニュージーランド)
region-ap-southeast-7 = アジアパシフィック (タイ)
region-ca-central-1 = カナダ (中部)
region-ca-west-1 = カナダ西部 (カルガリー)
region-eu-central-1 = 欧州 (フランクフルト)
region-eu-central-2 = 欧州 (チューリッヒ)
region-eu-north-1 = 欧州 (ストックホルム)
region-eu-south-1 = 欧州 (ミラノ)
region-eu-south-2 = 欧州 (スペイン)
region-eu-west-1 = 欧州 (アイルランド)
region-eu-west-2 = 欧州 (ロンドン)
region-eu-west-3 = 欧州 (パリ)
region-il-central-1 = イスラエル (テルアビブ)
region-me-central-1 = 中東 (アラブ首長国連邦)
region-me-south-1 = 中東 (バーレーン)
region-mx-central-1 = メキシコ (中部)
region-sa-east-1 = 南米 (サンパウロ)
region-us-east-1 = 米国東部 (バージニア北部)
region-us-east-2 = 米国東部 (オハイオ)
region-us-west-1 = 米国西部 (北カリフォルニア)
region-us-west-2 = 米国西部 (オレゴン)
region-cn-north-1 = 中国 (北京)
region-cn-northwest-1 = 中国 (寧夏)
region-us-gov-east-1 = AWS GovCloud (米国東部)
region-us-gov-west-1 = AWS GovCloud (米国西部)
region-us-iso-east-1 = 米国 ISO 東部
region-us-iso-west-1 = 米国 ISO 西部
region-us-isob-east-1 = 米国 ISOB 東部 (オハイオ)
region-us-isob-west-1 = 米国 ISOB 西部
region-eu-isoe-west-1 = EU ISOE 西部
region-us-isof-east-1 = 米国 ISOF 東部
region-us-isof-south-1 = 米国 ISOF 南部
region-eusc-de-east-1 = AWS European Sovereign Cloud (ドイツ)
