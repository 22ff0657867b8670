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
cli-read-by = { $name }（{ $template } が読み込むファイル）
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

## The playground, the live blocks, the kit catalogue, the scenarios and the rest (web/, CLI).

request-not-modelled = 評価に含めない
request-try-request = リクエストを試す
request-sample-request-region-environment = お使いのリージョンとアプリケーション環境に合わせたサンプルリクエストです。任意のフィールドを編集して、独自のリクエストを試すことができます。
request-back-sample-request = サンプルリクエストに戻す
request-through-endpoint = 経由するエンドポイント
request-context-keys-one-key = コンテキストキー: 1 行に 1 つずつ「キー = 値」の形式で記述します（カンマで区切るとリストになります）
request-identity-policy = アイデンティティベースのポリシー
request-resource-based-policy = リソースベースのポリシー
request-aws-rejects-policy-path = この経路上のポリシーは AWS によって拒否されます
request-written = （記述どおりに評価）
request-aws-principalorgid-o-a1b2c3d4e5 = aws:PrincipalOrgID = o-a1b2c3d4e5
trace-did-not-match = 一致しない
trace-does-not-apply = 適用されない
trace-condition = Condition{ " " }
export-fix-json-errors-export = このポリシーをエクスポートするには、JSON のエラーを修正してください。
export-download = ダウンロード
card-these-are-policies-last = これらは最後に有効だった入力に基づくポリシーです。更新するには、上でマークされたフィールドを修正してください。
card-service-name = サービス名
card-private-dns-name = プライベート DNS 名
card-fix-inputs-above-generate = このポリシーを生成するには、上の入力を修正してください。
card-own-policy = 独自のポリシーです。
card-generated = 生成されたポリシーです。
card-open-editor-below-copy = 下のエディタで開きます。コピーとエクスポートのボタンは、エディタのテキストを対象とします。
card-edit-paste = 編集または貼り付け
card-back-generated = 生成されたポリシーに戻す
card-replaces-policy-generated-one = ポリシーを生成されたポリシーに置き換えます。「元に戻す」で元のポリシーを復元できます
app-link = リンク:{ " " }
app-dismiss = 閉じる
app-undo = 元に戻す
app-reset = リセット
app-reset-defaults = デフォルトにリセット
app-open-full-playground = 完全版のプレイグラウンドを開く
app-what-should-endpoints-cover = エンドポイントの対象範囲
app-only-image-builder-s3 = { " " }Image Builder と S3 のみ
app-everything-private-build-needs = { " " }プライベートビルドに必要なすべて（SSM、ログ、ECR、KMS など。キット）
app-own-policy = 独自のポリシー
app-scenarios-judge-against-settings = シナリオは、この設定に基づいて判定されます。{ " " }
app-choose-edit-paste-either = いずれかのポリシーで「編集または貼り付け」を選択すると、ポリシーを変更したり、独自のポリシーを貼り付けたりできます。検出結果は入力に応じて表示されます。
app-same-engine-runs-ci = CI でも、同じエンジンが vpce-policy CLI として動作します（validate、generate、eval、test、scenarios）。
app-replaces-every-setting-own = すべての設定と独自のポリシーをデフォルトに置き換えます。「元に戻す」で復元できます
nav-sections-page = ページのセクション
diagram-gateway = { " " }ゲートウェイ
diagram-interface = { " " }インターフェイス
diagram-missing = { " " }未作成
diagram-build-instance-private-subnet = プライベートサブネット内のビルドインスタンスは、各 AWS のサービスにその VPC エンドポイントを経由してアクセスします
diagram-vpc-private-subnet-no = VPC、プライベートサブネット: インターネットへの経路なし
diagram-build-instance = ビルドインスタンス
diagram-ssm-agent-awstoe = SSM Agent、AWSTOE
diagram-build-instance-2 = ビルドインスタンス →{ " " }
diagram-not-what-should = （想定どおりではありません）
editor-close-editor = エディタを閉じる
replay-cancel = キャンセル
replay-replay-cloudtrail = CloudTrail の再生
replay-which-calls-trail-recorded = 証跡に記録された呼び出しのうち、ポリシーによって拒否されるものはどれでしょうか。CloudTrail ファイルを選択するか、ドロップしてください。S3 に配信されたログファイル（.json.gz 形式かどうかは問いません）、Athena の JSON Lines、lookup-events の出力に対応しています。ファイルはブラウザ内で読み込まれ、アップロードされることはありません。
replay-policy-test = テストするポリシー
replay-also-calls-did-not = { " " }VPC エンドポイントを経由しなかった呼び出しも含める
replay-choose-cloudtrail-files-drop = CloudTrail ファイルを選択するか、ここにドロップしてください
replay-filter-action-resource-caller = アクション、リソース、呼び出し元でフィルタリング
replay-calls = 呼び出し数
replay-action = アクション
replay-resource = リソース
replay-caller = 呼び出し元
replay-why = 理由
replay-seen = 記録日時
replay-policy-denies-none-replayed = 再生した呼び出しのうち、このポリシーによって拒否されるものはありません。
replay-download-report-json = レポートをダウンロード（JSON）
config-setup = 環境設定
config-find-region = リージョンを検索
config-region = リージョン
config-image-builder-environment = Image Builder のアプリケーション環境
config-customer-pipelines-use-prod = お客様のパイプラインでは prod を使用します。
config-options = オプション
config-e-g-frankfurt-japan = 例: 東京、frankfurt、govcloud、eu-
template-template-policies = テンプレートとそのポリシー
template-reading-template-template-reader = テンプレートを読み込んでいます（テンプレートリーダーは、初めて必要になったときに一度だけ読み込まれます）…
template-no-findings = 検出結果はありません。
kit-create-endpoint = このエンドポイントを作成
kit-service-name = サービス名
kit-private-dns = プライベート DNS
kit-needed = 必要な場合
kit-text = 用途
kit-source = 出典
kit-aws-documentation = AWS ドキュメント
kit-endpoint-policy = エンドポイントポリシー
kit-download = ダウンロード
kit-every-endpoint-private-build = プライベートビルドに必要なすべてのエンドポイント
kit-plan-whole-kit-systems = キット全体を計画する: Image Builder と S3 だけでなく、Systems Manager、ログ、コンテナ、パッケージリポジトリも対象にします
kit-what-builds-do = ビルドで行う処理
kit-least-privilege-each-endpoint = 最小権限: 各エンドポイントで、ビルドインスタンスが呼び出すアクションのみを許可します（オフの場合は、組織に対してサービスのすべてのアクションを許可します）
kit-own-buckets-build-uses = ビルドで使用する独自の S3 バケット（カンマ区切り）
kit-turned-off = 無効にしたエンドポイント:{ " " }
kit-what-no-endpoint-replaces = エンドポイントでは代替できないもの
kit-windows-update-components-download = Windows Update と、インターネットからダウンロードするコンポーネント（EPEL、pip、npm、Docker Hub などのサードパーティのパッケージリポジトリや、ベンダーのインストーラー）には VPC エンドポイントがないため、NAT ゲートウェイまたはプロキシが必要です。
kit-first-pull-through-ecr = ECR のプルスルーキャッシュルールを経由する初回のプルには、NAT ゲートウェイが必要です。2 回目以降のプルには必要ありません。
kit-joining-windows-instance-domain = Systems Manager を使用して Windows インスタンスをドメインに参加させる（aws:domainJoin）には、AWS Directory Service のパブリックエンドポイントが必要です。
kit-interface-endpoints-need-private = インターフェイスエンドポイントには、プライベート DNS（これらのエクスポートでは有効）と、ビルドサブネットからの HTTPS (443) を許可するセキュリティグループが必要です。
kit-export-whole-kit = キット全体をエクスポート
scenarios-path = 経路
scenarios-will-image-builder-work = Image Builder は動作し、それ以外はすべて遮断されるか？
scenarios-aws-rejects-policy = AWS はこのポリシーを拒否します。
scenarios-written-not-aws-would = { " " }— 記述どおりに評価した結果です（AWS での実際の動作とは異なります）
scenarios-failures-only = { " " }失敗のみ
scenarios-scenario = シナリオ
scenarios-endpoint = エンドポイント
scenarios-decision = 判定
scenarios-expected = 期待値
scenarios-result = 結果
scenarios-fix-inputs-above-run = シナリオを実行するには、上の入力内容を修正してください。
path-layer-decided = （このレイヤーで決定）
path-decided = ▲ 決定
why-why-does-my-build = ビルドが失敗するのはなぜですか？
why-paste-what-you-see = 表示された内容（ビルドログの 1 行、SSM コンソールの表示、dnf または docker pull の出力、AccessDenied メッセージ、CloudTrail イベントなど）を貼り付けてください。
why-no-known-cause-matches = このテキストに該当する既知の原因はありません。各エンドポイントが何を通すかは、下のシナリオで確認できます。
why-fix = 修正:{ " " }
findings-fix-all-certain-problems = 確実な問題をすべて修正
findings-no-findings-policy-valid = 検出結果はありません。このポリシーは有効です。
trace-matched = 一致
trace-applies = 適用される
config-no-region-matches = 「{ $query }」に一致するリージョンはありません。
config-region-selected = { $region } — { $location } を選択しました。
config-regions-match = { $count } 件のリージョンが一致します。Enter キーで { $first } を選択します。
config-principal-org-id = プリンシパルの組織 ID
config-resource-org-id = リソースの組織 ID（オプション）
config-resource-org-id-placeholder = 省略時はプリンシパルの組織
config-account-ids = アカウント ID（オプション、カンマ区切り）
config-deny-deletes = DeleteImage と DeleteComponent を拒否する
config-deny-all-deletes = …およびその他すべての Delete* アクションを拒否する
config-managed-resources = レシピで Amazon マネージドコンポーネントとイメージを使用する（これらを許可）
config-ssm = SSM Agent のバケット（amazon-ssm-REGION）を許可する
config-allow-outside-org = 組織外の呼び出し元を許可する（ポリシーに組織 ID を含めない）
link-damaged = リンクが途中で切れているか、変更されているようです
link-unreadable-settings = このバージョンのプレイグラウンドでは読み取れない設定がリンクに含まれています
link-policy-damaged = リンク内のポリシーが途中で切れているか、変更されているようです
link-needs-newer-browser = このブラウザーは共有リンクを展開できません（Chrome または Edge 103、Firefox 113、Safari 16.4 以降で展開できます）
notice-broken-link = この共有リンクを開けませんでした: { $why }。代わりに、現在の作業内容を変更せずに表示しています。リンクは下に表示されているので、コピーできます。
confirm-open-share-link = 共有リンクを開きますか？ ここで編集したポリシーは置き換えられます。
undo-reset = デフォルトに戻しました。
undo-revert = 生成されたポリシーに戻しました。
undo-opened-link = 共有リンクを開きました。
undo-fixed-one = 確実な修正を { $n } 件適用しました。
undo-fixed-other = 確実な修正を { $n } 件適用しました。
notice-saved-state-unreadable = 保存されていたプレイグラウンドの状態を復元できなかったため、デフォルトを表示しています。
notice-link-parameters-unused = 使用されなかったリンクパラメータがあります: { $parameters }
request-endpoint-not-in-kit = { $endpoint } エンドポイントがキットに含まれていません。キットを有効にするか、エンドポイントを作成してください
app-copy-share-link = 共有リンクをコピー
app-adopt-deny-deletes = 設定に反映: 削除を拒否
app-adopt-organization = 設定に反映: 組織 { $org }
layer-endpoint = エンドポイント
layer-scp = SCP
layer-rcp = RCP
layer-identity = アイデンティティ
layer-boundary = アクセス許可の境界
layer-session = セッション
layer-resource = リソース
path-decision = 判定: { $decision }
path-decision-by-layer = 判定: { $decision }（{ $layer } レイヤーで決定）
path-not-modelled = モデル化対象外
path-no-policy = ポリシーなし
path-allows = 許可
path-denies = 拒否
path-no-match = 一致なし
findings-none = 検出結果はありません。
findings-summary = エラー { $errors } 件、その他の検出結果 { $others } 件。
findings-heading = 検出結果（{ $count }）
findings-valid-but-failing = テキストに検出結果はありませんが、このままではビルドは失敗します。このポリシーでは、下のシナリオのうち { $count } 件が失敗します（{ $scenarios }）。
findings-fix = 修正: { $title }
card-imagebuilder-title = Image Builder インターフェイスエンドポイント
card-s3-title = S3 ゲートウェイエンドポイント
card-check-waits = AWS のアクション一覧を読み込んでから検証します…
card-valid = 有効: 検出結果はありません。
card-valid-with-warnings = 有効（警告 { $n } 件）。
card-errors = エラー { $n } 件: AWS がこのポリシーを拒否するか、ポリシーが記述どおりに機能しません。
card-policy-label = { $title } のポリシー
export-copied = コピーしました
export-copy-failed = コピーできませんでした。テキストを選択して Ctrl+C を押してください
export-group = { $kind } エンドポイントポリシーのエクスポート
export-copy-format = { $format } 形式でコピー
export-download-as = { $kind } を { $format } 形式でダウンロード
editor-editing-imagebuilder = Image Builder エンドポイントポリシーを編集しています。独自のポリシーをここに貼り付けることもできます。
editor-editing-s3 = S3 エンドポイントポリシーを編集しています。独自のポリシーをここに貼り付けることもできます。
editor-huge-text = このテキストは { $bytes } バイトあります。サイズのみを検証し、ハイライトせずに表示しています。
kit-policy-label = { $endpoint } エンドポイントポリシー
kit-copy-policy = ポリシーをコピー
kit-copy-as = キットを { $format } 形式でコピー
request-principal-label = プリンシパル ARN（空欄の場合: 匿名）
request-action-label = アクション
request-resource-label = リソース ARN
request-identity-layer = プリンシパルのアイデンティティベースのポリシー
request-identity-none = なし（アイデンティティベースのポリシーで許可されていない）
request-this-policy = このポリシー
request-resource-layer = 対象リソースのリソースベースのポリシー
request-resource-none = なし（リソースにポリシーがない）
request-resource-account-label = リソースを所有するアカウント（空欄の場合: プリンシパルのアカウント）
request-unreadable = リクエストを読み取れません: { $error }
request-rejected-detail = （エラーの検出結果 { $n } 件）。そのため、以前のポリシーがそのまま維持されます。下の判定は、記述どおりのポリシーに対するものです。
request-blocked-by = （{ $layer } レイヤーでブロック）
request-blocked-by-level = （{ $layer } レイヤー、レベル { $level } でブロック）
trace-missing-variable = （値なし: 何にも一致しません）
trace-statement = ステートメント { $index }{ $sid }（{ $effect }）: { $applies }
trace-request-carried = { " " }リクエストには { $key } = { $value } が含まれていました。
trace-request-carried-no = { " " }リクエストに { $key } は含まれていませんでした。
nav-setup = 設定
nav-endpoints = エンドポイント
nav-your-policy = お使いのポリシー
nav-kit = キット
nav-scenarios = シナリオ
nav-why = 失敗の原因
nav-replay = リプレイ
nav-request = リクエストを試す
scenarios-replay-title = このリクエストを「リクエストを試す」に読み込み、トレースを表示して、キット図でその経路を強調表示します
scenarios-pass = 合格
scenarios-fail = 不合格
why-show-on-kit = キット上で { $endpoint } を表示
template-unreadable = テンプレートを読み取れません: { $error }
template-summary = { $n } 件のポリシーが見つかりました。検出結果はテンプレート内の行番号で示しています。
template-not-checked = 検査していません: { $why }
diagram-behind-s3 = AWS 所有のバケットとお客様のバケット
diagram-behind-ecr-dkr = ECR レジストリ（レイヤーは S3 経由）
diagram-no-endpoint = { $endpoint } エンドポイントがありません
diagram-not-needed = ：現在の機能構成では、このエンドポイントを必要とするシナリオはありません。
diagram-breaks = ：次のシナリオが失敗します: { $scenarios }。
diagram-lit-path = 「{ $name }」: ビルドインスタンス → { $endpoint } エンドポイント → { $behind }: { $outcome }{ $verdict }
diagram-choose-scenario = 下のシナリオを選択すると、そのリクエストが通る経路が強調表示されます。
endpoint-imagebuilder =
    .title = EC2 Image Builder
    .purpose = ビルドインスタンスがコンポーネントを読み取り（GetComponent）、お客様のパイプラインが Image Builder API を呼び出します

endpoint-s3 =
    .title = Amazon S3
    .purpose = AWS 所有のバケットから AWSTOE、Amazon マネージドコンポーネント、SSM Agent、パッケージをダウンロードします

endpoint-ssm =
    .title = AWS Systems Manager
    .purpose = SSM Agent がインスタンスを登録し、Image Builder が実行するドキュメントを読み取ります

endpoint-ssmmessages =
    .title = Systems Manager メッセージゲートウェイ
    .purpose = SSM Agent のコントロールチャネル（および Session Manager のデータチャネル）

endpoint-ec2messages =
    .title = EC2 メッセージ（Run Command）
    .purpose = Run Command が各ビルドステップを SSM Agent に配信し、その応答を受け取ります

endpoint-logs =
    .title = Amazon CloudWatch Logs
    .purpose = /aws/imagebuilder/* のコンポーネントログとビルドログ

endpoint-ecr-api =
    .title = Amazon ECR API
    .purpose = コンテナレシピ: 認可トークンの取得とリポジトリの呼び出し

endpoint-ecr-dkr =
    .title = Amazon ECR Docker レジストリ
    .purpose = コンテナレシピ: イメージレイヤーの docker pull と docker push

endpoint-kms =
    .title = AWS Key Management Service
    .purpose = カスタマー管理キーで復号します（暗号化されたボリューム、パラメータ、ログ）

feature-logging = CloudWatch へのログ記録
    .phrase = CloudWatch へのログ記録

feature-containers = コンテナレシピ（ECR）
    .phrase = コンテナレシピ（ECR）

feature-sessionManager = Session Manager のシェル
    .phrase = Session Manager のシェル

feature-kms = KMS のカスタマー管理キー
    .phrase = KMS のカスタマー管理キー

feature-packageRepos = Amazon Linux のパッケージ更新
    .phrase = Amazon Linux のパッケージ更新

need-always = 常に
need-with = { $feature } を使用する場合
kit-gateway = ゲートウェイ
kit-interface = インターフェイス
replay-section-denied = 拒否される呼び出し
replay-section-unknown = CloudTrail に記録されない情報に左右される呼び出し
replay-progress = { $events } 件のイベントを読み取りました（{ $read } / { $total }）
replay-target = { $endpoint } エンドポイントポリシー
replay-summary = { $events } 件のイベントのうち { $replayed } 件を { $endpoint } エンドポイントポリシーでリプレイしました。許可 { $allowed } 件、拒否 { $denied } 件、CloudTrail に記録されない情報に左右されるもの { $unknown } 件です。{ $skipped } 件はリプレイしていません。
replay-not-read-to-end = 最後まで読み取れませんでした: { $file }
replay-no-statement-allows = 許可するステートメントがありません
replay-decided-by = { $statement } により決定
replay-rests-on = { $keys } に左右されます
replay-why-heading = 理由: { $resource } に対する { $action }（イベント { $event }）
replay-draft = このトラフィックから作成したポリシー案（{ $chars } 文字）
replay-use-draft = { $endpoint } エンドポイントポリシーとして使用
context-line-key-value = { $line } 行目: key = value の形式で記述してください
context-line-empty-key = { $line } 行目: キーが空です
template-reader-unavailable = テンプレートリーダー（lib/templates/）を読み込めませんでした
template-reader-no-answer = テンプレートリーダーから応答がありませんでした
worker-no-address = リプレイワーカーのアドレスを作成できませんでした
worker-not-started = リプレイワーカーを起動できませんでした
worker-not-loaded = リプレイワーカー（lib/trail/）を読み込めませんでした
worker-files-not-handed = ファイルをリプレイワーカーに渡せませんでした
worker-no-answer = リプレイワーカーから応答がありませんでした
worker-answer-unreadable = リプレイワーカーの応答を読み取れませんでした: { $error }
adoption-deny-deletes = このポリシーは Image Builder の削除を拒否していますが、現在の設定では削除の拒否を指定していません。
adoption-principal-org = このポリシーは呼び出し元を組織 { $org } に限定していますが、現在の設定ではこの組織を指定していません。
highlight-more-bytes = （残りの { $n } バイトは表示していません）
data-loading = AWS のアクション、リソース、条件キーの一覧を読み込んでいます…
data-failed = AWS のアクション、リソース、条件キーの一覧を読み込めなかったため（{ $why }）、検査できません。ページを再読み込みして再試行するか、vpce-policy CLI を使用してください。
data-network-failed = ネットワークリクエストに失敗しました
data-not-text = ファイルがテキストではありません
scenario-ssm-agent-registers = SSM Agent の登録
    .why = Image Builder はエージェントの登録を待ちます。登録されないと、ビルドは「SSM Agent verification failed」で失敗します

scenario-agent-opens-its-control-channel = エージェントによるコントロールチャネルの確立
    .why = 現在のエージェントは、ssmmessages のコントロールチャネル経由でコマンドを受け取ります

scenario-run-command-delivers-a-step = Run Command によるステップの配信
    .why = 各ビルドステップは Run Command のメッセージとして届きます

scenario-step-result-goes-back = ステップ結果の返送
    .why = エージェントは各ステップの結果を Image Builder に報告します

scenario-ssm-agent-update-download = SSM Agent の更新のダウンロード
    .why = エージェントは amazon-ssm-REGION から自身のインストールと更新を行います

scenario-dnf-update-on-amazon-linux-2023 = Amazon Linux 2023 での dnf update
    .why = Amazon Linux 2023 のリポジトリは AWS 所有の S3 バケットです

scenario-yum-update-on-amazon-linux-2 = Amazon Linux 2 での yum update
    .why = Amazon Linux 2 のリポジトリは AWS 所有の S3 バケットです

scenario-component-logs-are-written = コンポーネントログの書き込み
    .why = Image Builder はコンポーネントの出力を /aws/imagebuilder/* にストリーミングします

scenario-logs-to-another-log-group = 別のロググループへのログ書き込み
    .why = 最小権限の原則により、logs エンドポイントは Image Builder のロググループのみを受け付けます

scenario-ecr-login = ECR へのログイン
    .why = docker login は ECR API にトークンを要求します

scenario-container-image-is-pushed = コンテナイメージのプッシュ
    .why = コンテナレシピの出力イメージは Docker レジストリエンドポイント経由でプッシュされます

scenario-image-layers-upload = イメージレイヤーのアップロード
    .why = レイヤーは Docker レジストリエンドポイント経由でアップロードされます

scenario-base-image-layers-download = ベースイメージレイヤーのダウンロード
    .why = ECR はイメージレイヤーを AWS 所有の S3 バケットから提供します

scenario-decrypt-with-your-key = お客様のキーによる復号
    .why = カスタマー管理キーで復号するコンポーネントは KMS を直接呼び出します

scenario-an-operator-opens-a-shell = オペレーターによるシェルの起動
    .why = Session Manager が有効です。お客様のプリンシパルはビルドインスタンスでセッションを開始できます

scenario-session-data-channel = セッションのデータチャネル
    .why = シェルのキー入力は ssmmessages のデータチャネルを通じて送信されます

scenario-shells-are-refused = シェルの拒否
    .why = Session Manager が無効です。最小権限の原則により、ssm エンドポイントでは StartSession を許可しません

scenario-the-instance-sends-commands-elsewhere = インスタンスから他のインスタンスへのコマンド送信
    .why = 最小権限の原則により、ビルドインスタンスには不要な SendCommand を許可しないため、他のインスタンスにはアクセスできません

scenario-your-bucket = お客様のバケット
    .why = 一覧に指定したお客様自身のバケットには、お客様のプリンシパルがアクセスできます

scenario-awstoe-download = AWSTOE のダウンロード
    .why = Image Builder は AWSTOE コンポーネントマネージャーを AWS 所有の toe バケットから匿名でダウンロードします

scenario-managed-component-download = Amazon マネージドコンポーネントのダウンロード
    .why = Amazon マネージドコンポーネントは、AWS 所有の managed-resources バケットから匿名でダウンロードされます

scenario-ssm-agent-download = SSM Agent のダウンロード
    .why = レシピにユーザーデータがない Linux イメージでは、SSM Agent を amazon-ssm-REGION からインストールします

scenario-createimage-from-the-organization = 組織からの CreateImage
    .why = お客様自身のパイプラインは引き続きイメージをビルドできる必要があります

scenario-getimage-from-the-organization = 組織からの GetImage
    .why = お客様のプリンシパルは、お客様自身のイメージを読み取れます

scenario-call-from-outside-the-organization = 組織外からの呼び出し
    .why = お客様の組織またはアカウントに属さないプリンシパルはアクセスできません

scenario-s3-access-from-outside-the-organization = 組織外からの S3 アクセス
    .why = 組織外のプリンシパルは、お客様の S3 エンドポイントを使用してお客様のバケットにアクセスできません

scenario-anonymous-putobject-to-the-aws-bucket = AWS のバケットへの匿名の PutObject
    .why = AWS 所有のバケットは読み取り専用です。許可されるのは s3:GetObject のみです

scenario-member-putobject-to-the-aws-bucket = 組織のメンバーによる AWS のバケットへの PutObject
    .why = お客様自身のプリンシパルであっても、AWS 所有のバケットには書き込めません

scenario-another-region-s-toe-bucket = 別のリージョンの toe バケット
    .why = アクセスできるのは、このリージョンの Image Builder バケットのみです

scenario-another-environment-s-toe-bucket = 別のアプリケーション環境の toe バケット
    .why = アクセスできるのは、このアプリケーション環境の Image Builder バケットのみです

scenario-another-environment-s-managed-components = 別のアプリケーション環境の Amazon マネージドコンポーネント
    .why = アクセスできるのは、このアプリケーション環境の managed-resources バケットのみです

scenario-getcomponent-managed = Amazon マネージドコンポーネントに対する GetComponent
    .why-allowed = Amazon マネージドコンポーネントを使用するレシピは、Image Builder エンドポイント経由でそれらを読み取ります
    .why-refused = 組織で制限し、Amazon マネージドコンポーネントを使用しない設定です。Amazon マネージドコンポーネントはお客様の組織に属していません

scenario-delete = { $action }
    .why-denied = 「削除を拒否」が有効です。エンドポイント経由の削除は明示的に拒否されます
    .why-allowed = 「削除を拒否」が無効です。削除も他のアクションと同様に許可されます

scenario-outsider = { $endpoint } エンドポイントへの組織外からのアクセス
    .why = お客様の組織またはアカウントに属さないプリンシパルは、どのエンドポイントでも拒否されます

scenario-no-route = 経路なし: { $endpoint } エンドポイントがありません
scenario-rejected-policy-one = { $endpoint } エンドポイントポリシー（エラー { $n } 件、最初のエラー: { $first }）
scenario-rejected-policy-other = { $endpoint } エンドポイントポリシー（エラー { $n } 件、最初のエラー: { $first }）
list-and = 、
scenario-rejection = AWS は { $policies } を拒否するため、エンドポイントには以前のポリシーが引き続き適用されます。以下の結果は、AWS が実際に適用するポリシーではなく、記述どおりのポリシーに対するものです。
cli-expected = 想定: { $decision }
cli-as-written = （記述どおりのポリシーに対する結果）
cli-scenarios-summary = 成功 { $passed } 件、失敗 { $failed } 件
cli-missing-endpoint-one = エンドポイント { $endpoint }（{ $service }）がないため、{ $n } 件のシナリオが失敗します
cli-missing-endpoint-other = エンドポイント { $endpoint }（{ $service }）がないため、{ $n } 件のシナリオが失敗します
field-not-a-region = "{ $value }" はどのパーティションのリージョンでもありません
field-not-an-org-id = "{ $value }" は組織 ID ではありません。o- の後に 10～32 文字の英小文字または数字が続く形式で指定します
field-not-a-bucket = "{ $value }" はバケット名ではありません。3～63 文字の英小文字、数字、ピリオド、ハイフンで指定します
trace-policy = { $layer } ポリシー{ $number }{ $level }: { $outcome }
trace-level = （レベル { $level }）
trace-outcome-allows = 許可
trace-outcome-denies = 拒否
trace-outcome-no-match = 該当するステートメントなし
trace-no-effect = Allow でも Deny でもない
why-source = 出典
kind-an-endpoint-policy = エンドポイントポリシー
kind-a-resource-policy = リソースベースのポリシー
size-an-endpoint-policy = エンドポイントポリシー（空白も数えます）
size-a-managed-identity-policy = 管理型のアイデンティティベースのポリシー（空白は数えません）
json-type-null = null
json-type-boolean = ブール値
json-type-number = 数値
json-type-string = 文字列
json-type-array = 配列
json-type-object = オブジェクト
json-end-of-input = 入力の末尾
json-control-character = 制御文字 U+{ $code }
json-character = `{ $char }`
action = アクション
resource = リソース
variable-no-closing-brace = 閉じる "{ "}" }" のない "${ "{" }"
variable-without-braces = 中括弧のない変数
space-origin-web-page-nbsp = AWS ドキュメントなどのウェブページからのポリシーのコピー（HTML の `&nbsp;`）
space-origin-bom-editor = ファイルを「UTF-8 (BOM 付き)」で保存したエディタ
space-origin-web-or-chat = ウェブページやチャットツールからのコピー
space-origin-word-processor-or-web = ワープロソフトやウェブページからのコピー
space-origin-word-processor = ワープロソフトからのコピー
space-origin-cjk-ime = 日本語、中国語、韓国語の入力システム（全角スペース）
space-origin-web-or-word-processor = ウェブページやワープロソフトからのコピー
space-origin-copying-text = テキストのコピー
space-a-unicode-space = Unicode の空白文字

## The evaluator's reasons and the decision trace's words.

eval-no-policy-on-path = リクエストの経路上にポリシーがないため、何も許可していません
eval-endpoint-not-allow = VPC エンドポイントポリシーが許可していません
eval-no-scp-at-level = レベル { $level } にアタッチされた SCP のいずれも許可していません（すべてのレベルで許可が必要です）
eval-endpoint-denies = VPC エンドポイントポリシーが明示的に拒否しています
eval-scp-denies = レベル { $level } にアタッチされた SCP が明示的に拒否しています
eval-rcp-denies = レベル { $level } にアタッチされた RCP が明示的に拒否しています
eval-boundary-denies = アクセス許可の境界が明示的に拒否しています
eval-session-denies = セッションポリシーが明示的に拒否しています
eval-identity-denies = アイデンティティベースのポリシーが明示的に拒否しています
eval-resource-denies = リソースベースのポリシーが明示的に拒否しています
eval-not-principal-deny-with-boundary = リソースベースのポリシーにこのリクエストに該当する NotPrincipal 付きの Deny があり、呼び出し元にアクセス許可の境界があります。この場合 AWS は NotPrincipal の内容にかかわらず常に拒否します
eval-no-identity-granted = { $who }: リソースベースのポリシーが { $whom } に許可しています
eval-no-identity-not-granted = { $who }: リソースベースのポリシーは { $whom } に許可しておらず、ほかに許可できるものもありません
eval-no-identity-no-policy = { $who }: { $whom } に許可するリソースベースのポリシーがなく（リソースにポリシーがありません）、ほかに許可できるものもありません
eval-boundary-not-allow = アクセス許可の境界が許可していません
eval-session-not-allow = セッションポリシーが許可していません
eval-identity-not-allow = 許可しているアイデンティティベースのポリシーがありません
eval-identity-allows = アイデンティティベースのポリシーが許可しています
eval-every-layer-allows = モデル化したすべてのレイヤーが許可しています（アイデンティティベースのポリシーはモデル化していません）
eval-cross-account-blocked = クロスアカウント: { $why }。両側の許可が必要です
eval-cross-account-resource-not-allow = クロスアカウント: リソースベースのポリシーが許可していません（またはポリシーがありません）。両側の許可が必要です
eval-cross-account-allowed = クロスアカウント: { $why }。リソース側も許可しています
eval-required-resource-policy = { $what } が許可していません。このアクションには、同じアカウント内でもこのポリシーによる許可が必要です
eval-same-account-direct = 同じアカウント: リソースベースのポリシーが呼び出し元自身を指定しているため、アイデンティティベースのポリシー、アクセス許可の境界、セッションポリシーのいずれにも制限されません
eval-same-account-everyone = 同じアカウント: リソースベースのポリシーがすべてのユーザー（"*"）に許可しており、アイデンティティベースのポリシー、アクセス許可の境界、セッションポリシーのいずれにも制限されません
eval-same-account-role-limited = 同じアカウント: リソースベースのポリシーはロールを許可していますが、{ $why }。ロール ARN への許可はこれに制限されます
eval-same-account-role = 同じアカウント: リソースベースのポリシーがロールを許可しており、それで十分です
eval-same-account-delegates = 同じアカウント: リソースベースのポリシーがアカウントに委任しており、{ $why }
eval-same-account-delegates-blocked = 同じアカウント: リソースベースのポリシーはアカウントのアイデンティティベースのポリシーに委任しているだけで、{ $why }
eval-same-account-exempt = 同じアカウント: { $why }。{ $action } はここでは { $type } を対象としないため、{ $what } は適用されません
eval-same-account = 同じアカウント: { $why }
eval-same-account-blocked = 同じアカウント: { $why }。許可しているリソースベースのポリシーもありません
eval-who-anonymous = 匿名の呼び出し元
eval-whom-everyone = すべてのユーザー
eval-who-service = サービスプリンシパル
eval-whom-service = そのサービス
eval-scp-exempt-service-linked = SCP はサービスにリンクされたロールを制限しません
eval-scp-exempt-management = SCP は管理アカウントのプリンシパルを制限しません
eval-scp-exempt-anonymous = SCP は匿名の呼び出し元を制限しません
eval-scp-exempt-service = SCP は AWS のサービスプリンシパルを制限しません
eval-always-allowed = { $action } にはアクセス許可が不要です。明示的な拒否を含め、どのポリシーも止められません
eval-with-note = { $reason }（{ $note }）
eval-rcp-exempt = RCP はこのサービスやサービスにリンクされたロールには適用されません
cond-unknown-operator = 不明な演算子のため、この条件は一致しません
cond-key-absent = キーがありません
cond-key-present = キーがあります
cond-forall-empty = 空または存在しないセットに対する ForAllValues は true です
cond-forall-all = すべてのコンテキスト値が演算子を満たしています
cond-forall-not-all = 演算子を満たさないコンテキスト値があります
cond-foranyvalue-empty = 空または存在しないセットに対する ForAnyValue は false です
cond-forany-any = 演算子を満たすコンテキスト値があります
cond-forany-none = 演算子を満たすコンテキスト値がありません
cond-missing-if-exists = キーがなく、演算子が …IfExists です
cond-missing-negated = キーがないため、否定の演算子は true です
cond-missing = キーがありません
cond-value-matches = ポリシーの値がコンテキスト値に一致します
cond-no-value-matches = コンテキスト値に一致するポリシーの値がありません
cond-value-matches-negated = ポリシーの値が一致するため、否定の演算子は false です
cond-no-value-matches-negated = 一致するポリシーの値がないため、否定の演算子は true です
trace-no-action = ステートメントに Action がないため、適用されません
trace-no-resource = ステートメントに Resource がないため、適用されません
trace-no-principal-resource = Principal 要素がありません。Principal のないリソースベースのポリシーのステートメントは何も許可も拒否もしません
trace-no-principal-identity = Principal 要素がないため "*" として評価します（アイデンティティベースのポリシーには Principal がありません）
trace-value-matches = "{ $value }" が { $request } に一致します
trace-no-value-matches = { $request } に一致する { $element } の値がありません
trace-value-matches-excludes = "{ $value }" が { $request } に一致するため、{ $element } はこれを除外します
trace-no-value-matches-includes = { $request } に一致する { $element } の値がないため、{ $element } はこれを含みます

## "Why does my build fail?": causes and fixes.

cause-missing-endpoint = { $service } エンドポイントがありません。リクエストがサービスに届く経路がありません
cause-policy-denies-action = { $policy } の明示的な Deny が { $action } を拒否しています
cause-policy-allows-no-action = { $action } を許可している { $policy } がありません
cause-policy-denies = { $policy } の明示的な Deny がリクエストを拒否しています
cause-policy-allows-no = リクエストを許可している { $policy } がありません
cause-owned-bucket = S3 エンドポイントポリシーが AWS 所有のバケット { $bucket }（{ $feature }）を許可していません
cause-owned-resource = S3 エンドポイントポリシーが AWS 所有のリソース { $id } を許可していません
cause-principal-condition = プリンシパルを含まないダウンロードに、プリンシパルの条件（aws:PrincipalOrgID、aws:PrincipalArn など）が付いています。署名のないリクエストはこの条件に一致しません
cause-private-dns = サービス名がパブリックアドレスに解決されています。エンドポイントのプライベート DNS が無効か、VPC のリゾルバーが使われていません
cause-security-group = エンドポイントはプライベートアドレスで応答していますが、そのセキュリティグループがインスタンスからのポート 443 を許可していません
fix-allow-owned-bucket = S3 エンドポイントポリシーで、プリンシパルの条件がないステートメントで arn:aws:s3:::{ $bucket }/{ $keys } に対する s3:GetObject を許可してください（このリクエストは{ $signing }です）
fix-find-deny = このアクションとリソースに該当するエンドポイントポリシーの Deny ステートメントを見つけ（`vpce-policy diagnose --endpoint-policy FILE` で特定できます）、このリクエストを除外してください
fix-allow-action = { $service } エンドポイントポリシーで、このリソースに対する { $action } を許可してください（`vpce-policy diagnose --endpoint-policy FILE` で最も近いステートメントがわかります）
fix-other-policy = 拒否しているのはエンドポイントポリシーではなく { $policy } です。そちらを確認してください（`vpce-policy eval --explain` ですべてのレイヤーを確認できます）
fix-build-needs = ビルドの { $feature } に必要です。詳細: { $page }
signing-unsigned = 署名なし
signing-presigned = AWS のサービスによる署名付き
signing-signed = 呼び出し元による署名付き
evidence-vpce-event = errorCode が VpceAccessDenied の CloudTrail イベント
evidence-access-denied = ポリシーの種類を示す AccessDenied メッセージ
evidence-symptom = 症状 { $id }

symptom-ib-unable-bootstrap-toe = ec2imagebuilder-toe-{ "{" }region{ "}" }-prod/* に対する s3:GetObject を許可してください（署名なしリクエストのため、プリンシパル条件は付けない）。強化された AMI では /tmp の noexec も確認してください。
symptom-ib-launch-ssm-failed = ビルドインスタンスから Systems Manager に到達できません。ssm、ssmmessages、ec2messages の各エンドポイント（プライベート DNS 有効）を追加し、AmazonSSMManagedInstanceCore を付与してください。
symptom-ib-sendcommand-invalid-instance = エージェントが登録されていません。ssm/ec2messages/ssmmessages エンドポイントを追加し、セキュリティグループでエンドポイントへの 443 が許可されているか確認してください。
symptom-ssm-agent-not-online = プライベート DNS を有効にした ssm、ssmmessages、ec2messages のインターフェイスエンドポイントを追加し、セキュリティグループでインスタンスからの 443 を許可してください。
symptom-ssm-target-not-connected = エージェントが登録されていません。ssm/ec2messages エンドポイント、インスタンスプロファイル、プライベート DNS を確認してください。
symptom-ssm-handshake-timeout = セッションのデータチャネルは ssmmessages を使用します。エンドポイントはマネージドノードと同じリージョンに作成する必要があります。
symptom-ssm-agent-creds-timeout = 名前がパブリック IP に解決されています。プライベート DNS を有効にして ssm インターフェイスエンドポイントを作成してください。
symptom-ssm-agent-logs-timeout = com.amazonaws.{ "{" }region{ "}" }.logs インターフェイスエンドポイントを作成してください（エージェントの送信先をカスタムの logs エンドポイントに変更することはできません）。
symptom-ssm-session-slow-logs = CloudWatch へのセッションログ記録が有効な場合は、logs エンドポイントと logs:* のアクセス許可を追加してください。
symptom-dnf-al2023-403-principal-cond = AWS 所有のリポジトリバケットに対するステートメントからプリンシパル条件を削除してください。dnf の GET は匿名リクエストのため、aws:PrincipalArn/PrincipalOrgID は一致しません。
symptom-dnf-curl28-timeout = S3 ゲートウェイエンドポイントをサブネットのルートテーブルに追加してください（セキュリティグループで S3 プレフィックスリストへの 443 も許可）。
symptom-dnf-al2023-dualstack-hang = ゲートウェイエンドポイントのルートテーブルの関連付け、またはインターフェイスエンドポイントのプライベート DNS を確認してください。デュアルスタックの名前がエンドポイントを経由しない場合は、/etc/dnf/vars/dualstack を空にしてください。
symptom-yum-al2-mirrorlist-timeout = リポジトリのホスト名を解決できるよう DNS 解決（AmazonProvidedDNS / リゾルバー）を修正し、次に S3 エンドポイントを確認してください。
symptom-yum-al1-403 = repo.{ "{" }region{ "}" }.amazonaws.com/* と packages.{ "{" }region{ "}" }.amazonaws.com/* に対する s3:GetObject を許可してください。
symptom-ecr-layer-starport-fail = S3 ゲートウェイエンドポイントを追加し、prod-{ "{" }region{ "}" }-starport-layer-bucket/* に対する s3:GetObject を、プリンシパルの組織に関する条件なしで許可してください。
symptom-ecr-login-authz-denied = ecr.api エンドポイントポリシー（および IAM）で ecr:GetAuthorizationToken を許可してください。引用元のスレッドでは拒否の原因は IAM でした。メッセージに示されているポリシーの種類を確認してください。
symptom-ecr-login-api-timeout = プライベート DNS を有効にして com.amazonaws.{ "{" }region{ "}" }.ecr.api インターフェイスエンドポイントを作成してください。TTY に関するメッセージは、パスワードが空であることによる副次的なものにすぎません。
symptom-ecr-dkr-request-canceled = com.amazonaws.{ "{" }region{ "}" }.ecr.dkr インターフェイスエンドポイント（プライベート DNS 有効）を作成するか、NAT を使用してください。
symptom-ecr-dial-private-ip-timeout = 名前はエンドポイントの ENI（プライベート IP）に解決されていますが、443 がブロックされています。エンドポイントのセキュリティグループで、タスク/インスタンスのセキュリティグループからのインバウンド 443 を許可してください。
symptom-docker-pull-403-s3-policy = レジストリのレイヤーは、エンドポイントポリシーに記載されていない S3 バケットに保存されています。そのバケットを許可してください（ECR の場合は starport レイヤーバケット）。
symptom-k8s-pull-403-vpce = S3 エンドポイントポリシーでレジストリの S3 バケットを許可してください。
symptom-fargate-docker-timeout-logs = awslogs ドライバーを使用する場合は、com.amazonaws.{ "{" }region{ "}" }.logs インターフェイスエンドポイントを作成してください。
symptom-cfn-signal-timeout = プライベートサブネットの cfn-signal には、cloudformation エンドポイントと、cloudformation-waitcondition-{ "{" }region{ "}" } への S3 アクセス（署名付き PUT）の一方または両方が必要です。NAT がない場合、シグナルは届きません。
symptom-cfn-custom-resource-no-s3 = S3 エンドポイントを追加し、cloudformation-custom-resource-response-{ "{" }region_nodash{ "}" }/* への PUT を許可してください。
symptom-vpce-implicit-deny = S3 エンドポイントポリシーに、そのアクション/バケットに対する Allow を追加してください。
symptom-vpce-explicit-deny = エンドポイントポリシー内の Deny ステートメント（aws:PrincipalOrgID/ResourceAccount などの条件）を特定し、対象のリソースを除外してください。
symptom-vpce-format-doc = 上記と同じです。'because no <type> policy allows' / 'with an explicit deny in a <type> policy' の形式は IAM のページに記載されています。
symptom-s3-anon-accessdenied-xml = S3 エンドポイントポリシーで AWS 所有のバケット（署名なし GET）を許可してください。
cli-diagnose-none = このテキストに該当する既知の原因はありません。各エンドポイントが何を通すかは `vpce-policy scenarios` で確認できます。
cli-endpoint = エンドポイント
cli-from = 根拠
cli-endpoint-policy = エンドポイントポリシー
cli-eval-as-written = 警告: ポリシーに検証エラーがあります。以下は記述どおりのポリシーに対する判定です:
cli-statement = ステートメント { $index }{ $sid }（{ $effect }）: { $applies }

## CloudTrail の再生: イベントを再生しなかった理由
replay-skip-sign-in = コンソールのサインインイベントは VPC エンドポイントを経由しません
replay-skip-service-event = サービスイベント（eventType AwsServiceEvent）はエンドポイントを経由した呼び出しではありません
replay-skip-insight = CloudTrail Insights のレコードはアクティビティの要約であり、呼び出しではありません
replay-skip-no-endpoint = 呼び出しは VPC エンドポイントを経由していません（vpcEndpointId がありません。--all-calls を指定すると再生します）
replay-skip-aws-endpoint = 呼び出しはお客様のエンドポイントではなく、AWS が所有するエンドポイントを経由しました（vpcEndpointAccountId { $account }）
replay-skip-other-endpoint = 呼び出しは別のエンドポイントを経由しました
replay-skip-bad-caller = 呼び出し元 `{ $arn }` は IAM または STS の ARN、12 桁のアカウント、サービスプリンシパルのいずれでもありません
replay-skip-no-caller = イベントに呼び出し元が記録されていません（userIdentity の type は `{ $type }`）
replay-skip-not-a-service = `{ $source }` は AWS のサービスのイベントソースではありません
replay-skip-unknown-service = イベントソース `{ $source }` のプレフィックスを持つ IAM のサービスはありません
replay-skip-unknown-action = { $service } には { $name } という IAM アクションがありません（このイベントを対応付ける例外も登録されていません）
replay-skip-not-an-event = イベントではありません: { $error }

## CLI の再生レポート
cli-replay-summary = { $events } 件のイベントのうち { $replayed } 件（リクエスト { $requests } 件）を { $policy } で再生しました。許可: { $allowed } 件。
cli-replay-denied = 候補ポリシーが拒否する呼び出し
cli-replay-unknown = 証跡に記録されない情報によって結果が変わる呼び出し
cli-replay-newly-denied = 新たに拒否される呼び出し（ベースラインでは許可）
cli-replay-newly-allowed = 新たに許可される呼び出し（ベースラインでは拒否）
cli-replay-contradicted = エンドポイントが拒否した（VpceAccessDenied）のにベースラインでは許可される呼び出し: ベースラインはデプロイされているポリシーではありません
cli-replay-calls-one = 呼び出し { $n } 件
cli-replay-calls-other = 呼び出し { $n } 件
cli-replay-groups-one = { $n } グループ
cli-replay-groups-other = { $n } グループ
cli-replay-requests-one = リクエスト { $n } 件
cli-replay-requests-other = リクエスト { $n } 件
cli-replay-events-one = { $n } 件
cli-replay-events-other = { $n } 件
cli-replay-section = { $title }: { $calls }（{ $groups }）
cli-replay-group = 呼び出し元 { $caller } · { $why } · { $first } … { $last } · 例: イベント { $event }
cli-replay-unnamed-resource = イベントにリソースが記録されていないため、`*` に対して拒否されます
cli-replay-rests-on = { $keys } によって結果が変わります（CloudTrail には記録されません。--principal-org-id または --org で指定してください）
cli-replay-vpce-denied = エンドポイントは{ $calls }を拒否しました（errorCode VpceAccessDenied）。これはデプロイされているポリシーの判定です。候補ポリシーもそのうち{ $requests }を拒否します（現在動いているものは壊れないため、拒否には数えません）。
cli-replay-not-replayed = 再生しなかったイベント: { $events }
cli-replay-skipped = { $reason }（例: { $examples }）
cli-replay-unread-one = { $n } 個のファイルを最後まで読み取れませんでした。レポートはそれより前のイベントを対象としています:
cli-replay-unread-other = { $n } 個のファイルを最後まで読み取れませんでした。レポートはそれより前のイベントを対象としています:
cli-replay-as-written = 警告: { $at }: { $message } — 記述どおりに再生します
cli-replay-title = `{ $policy }` の再生結果
cli-replay-first-seen = 初回
cli-replay-last-seen = 最終
cli-replay-example = 例
cli-replay-not-replayed-heading = 再生しなかったイベント
cli-replay-events = イベント数

## CLI のその他の文言: test、draft、各コマンドのエラー
cli-error = エラー: { $message }
cli-test-blocked-by = 、{ $layer } によりブロック
cli-test-invalid = 警告: ポリシーに検証エラーがあります。`vpce-policy validate` で確認してください
cli-draft-no-calls = 証跡にエンドポイントを経由した呼び出しがありません（--all-calls を指定すると、エンドポイントを経由していない呼び出しからも作成します）
cli-draft-generalised = 注: 20,480 文字のクォータに収めるため、リソースを一般化しました（レベル { $level }）
cli-draft-over-quota = 一般化しても、作成したポリシーは { $chars } 文字で 20,480 文字のクォータを超えます
cli-cannot-read = { $file } を読み取れません: { $error }
cli-cannot-write = { $file } に書き込めません: { $error }
cli-cannot-write-report = レポートを書き込めません: { $error }
cli-too-large = { $file } は { $mib } MiB を超えています。vpce-policy が一度に読み取るのはここまでです（AWS のポリシーは最大 20,480 文字）
cli-not-utf8 = { $at }: テキストが UTF-8 ではありません（オフセット { $offset } に無効なバイト）。UTF-8 で保存してください
cli-nothing-found = ポリシー、テンプレート、Terraform のファイルが見つかりません
cli-unknown-region = 不明なリージョン `{ $region }`
cli-invalid-request = { $file }: リクエストが無効です: { $error }
cli-bad-org = { $from }: ACCOUNT=o-…（12 桁のアカウントと組織 ID）の形式で指定してください。指定された値: `{ $value }`
cli-field = --{ $option }: { $message }

cli-fix-one-file = --fix に指定できるポリシーファイルは 1 つです
cli-write-needs-file = --write にはファイルが必要です（標準入力には書き込めません）
cli-fix-template = { $file }: --fix はポリシーファイルに適用します。テンプレート内のポリシーはテンプレートで修正してください
cli-no-rule-did-you-mean = ルール `{ $code }` はありません。`{ $closest }` のことですか？（一覧は `vpce-policy rules` で表示できます）
cli-no-rule = ルール `{ $code }` はありません（一覧は `vpce-policy rules` で表示できます）
cli-cannot-write-output = 出力を書き込めません: { $error }
cli-bad-level = --{ $flag }-level には NAME=FILE[,FILE...] を指定してください（指定された値: `{ $spec }`）
trail-read-json = { $line }:{ $column }: JSON として読み取れません（パーサーのメッセージ: { $detail }）
trail-read-io = 読み取れません: { $error }
cli-in-file = { $file }:{ $error }

## 静的な初期表示（index.html。tests/first_paint.rs が書き込みます）。エンジンの読み込み前に表示します
first-paint-loading = ポリシーエンジンを読み込んでいます…
first-paint-intro = { $region }（{ $environment }）のポリシーです。プライベートなビルドに必要なもの（SSM エージェントと Amazon Linux リポジトリを含む）をすべて含む、プレイグラウンドの初期状態です。エンジンの読み込みが完了したら、リージョン、組織、キットを設定し、お使いのポリシーを貼り付けて検証し、リクエストを評価できます。
first-paint-failed = ポリシーエンジンを読み込めませんでした。以下のポリシーは既定値です。再読み込みしてもう一度試すか、vpce-policy CLI を使用してください。

## テンプレート: CloudFormation テンプレートや Terraform ファイルのポリシーをチェックしなかった理由
template-unchecked-deploy = ポリシーは { $what } で、デプロイ時まで決まりません
template-unchecked-not-object = ポリシーがオブジェクトでも JSON 文字列でもありません
template-unchecked-not-string = ポリシーが文字列でもオブジェクトでもありません
template-unchecked-no-path = { $function }() にパスがありません
template-unchecked-no-argument = jsonencode() に引数がありません
template-unchecked-plan = ポリシーは { $source } から取得され、plan 時まで決まりません
template-unchecked-plan-expression = ポリシーは式 { $expression } で、plan 時まで決まりません
template-unchecked-expression = ポリシーは、このツールが評価しない式（{ $expression }）です
template-unchecked-unreadable-file = ポリシーはファイル { $file } ですが、読み取れません: { $error }
template-unchecked-page-file = ポリシーはファイル { $file } です。ページからは読み取れません
template-unknown-statements = { $attribute } のステートメント
template-unknown-statement = { $source } のステートメント
template-unknown-dynamic = dynamic ステートメント
template-unknown-alias = YAML のエイリアス
template-unknown-expression = 式
page-title = vpce-policy: EC2 Image Builder の VPC エンドポイントポリシー
why-reading = 読み取っています…
why-engine-unavailable = 診断機能を読み込めませんでした。ページを再読み込みしてもう一度試すか、vpce-policy diagnose を実行してください。
cli-rules-count = ルールは { $n } 件です。`vpce-policy explain CODE` で 1 件ずつ表示できます。
replay-loading = 再生機能を読み込んでいます…
replay-results-unavailable = 再生機能を読み込めませんでした。ページを再読み込みしてもう一度試すか、vpce-policy replay を実行してください。
