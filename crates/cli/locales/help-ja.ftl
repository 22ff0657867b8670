### vpce-policy の --help とコマンドラインのエラー（日本語）。英語はコマンドとオプションのドキュメントコメントです。
### オプションは「<コマンド>-<オプション>」、なければ「<オプション>」で引きます（src/help/mod.rs）。

## clap の見出しと組み込みの文言
usage = 使い方:
commands = コマンド
options = オプション
arguments = 引数
values = 指定できる値:
default = { "[" }既定値: { $value }]
flag-help = ヘルプを表示します
flag-version = バージョンを表示します
tip = もしかして: { $arg }
more = 詳しくは '--help' を指定してください。
error-missing-subcommand = コマンドを指定してください
error-invalid-value = { $arg } に '{ $value }' は指定できません（指定できる値: { $valid }）
error-invalid-value-any = { $arg } に '{ $value }' は指定できません
error-unknown-argument = 不明な引数 '{ $arg }' です
error-invalid-subcommand = 不明なコマンド '{ $subcommand }' です
error-missing-required = 必須の引数が指定されていません: { $arg }
error-conflict = { $arg } は { $prior } と同時に指定できません
error-values = { $arg } に指定する値の数が正しくありません

## コマンド
vpce-policy = プライベート VPC で EC2 Image Builder に必要な VPC エンドポイントポリシーを作成、検証、評価します
validate = ポリシードキュメントを検証し、検出結果を位置とともに報告します
eval = リクエストの経路上にあるポリシーに対してリクエストを評価します
test = ポリシーのテストファイル（リクエストと期待する判定）を実行します
generate = Image Builder と S3 のエンドポイントポリシーと、そのエクスポートを生成します
scenarios = 指定した、または生成したエンドポイントポリシーに対してシナリオ一式を実行します
rules = すべての検出コードを重要度とタイトルとともに一覧表示します
explain = 検出コードを 1 つ説明します: 何をチェックするか、その理由、失敗する例と修正した例、AWS のページ
diagnose = 症状（ビルドログの行、AccessDenied のメッセージ、CloudTrail イベント）から、不足しているエンドポイントやリクエストを拒否しているポリシーを特定し、修正方法を示します
replay = CloudTrail イベントをエンドポイントポリシーで再生します: 拒否される呼び出しをグループ化して示し、--baseline を指定すると新たに拒否・許可されるものを示します
draft = CloudTrail の証跡に記録された呼び出しから、最小権限のエンドポイントポリシーを作成します
help = このメッセージ、または指定したコマンドのヘルプを表示します

## 複数のコマンドに共通のオプション
lang = 検出結果とルールのドキュメントの言語: en または ja（既定: LC_ALL、LC_MESSAGES、LANG、いずれもなければ英語）。JSON のコードとフィールドはそのままで、メッセージはこの言語になります
format = 出力形式
format-human = 人が読むための形式: `rustc` 形式の検出結果、リクエスト・テスト・シナリオごとに 1 行、最後に集計
format-json = 機械が読むための形式: 1 つの JSON ドキュメント（eval ではリクエストごとに 1 行の JSON オブジェクト）
region = リージョンコード（例: us-east-1、どのパーティションでも可）
environment = Image Builder の環境
value-prod = `prod`（お客様のパイプラインが使用する環境）
value-preprod = `preprod`
value-beta = `beta`
principal-org-id = お客様の組織 ID（o-…）。aws:PrincipalOrgID に使用します
resource-org-id = お客様のリソースを所有する組織。aws:ResourceOrgID に使用します（既定は --principal-org-id）
account-ids = エンドポイントの使用を許可するプリンシパルのアカウント（複数指定可）
deny-deletes = DeleteImage と DeleteComponent を拒否します
deny-all-deletes = --deny-deletes とともに指定すると、Image Builder のすべての Delete* アクションを拒否します
managed-resources = レシピが AWS マネージドのコンポーネントとイメージを使用するため、Image Builder のポリシーでそれらを許可します（既定）
no-managed-resources = レシピは AWS マネージドのコンポーネントもイメージも使用しません。組織に限定したポリシーではそれらが拒否されることがあります
ssm = SSM エージェントのバケット amazon-ssm-REGION を許可します
allow-outside-org = 意図して範囲を広げます: ポリシーの条件に --principal-org-id を含めません
kit = プライベート VPC のキット全体: imagebuilder と s3 だけでなく、ビルドに必要なすべてのエンドポイント（ssm、ssmmessages、ec2messages と各機能のエンドポイント）。既定ではパッケージの更新とログ記録を含みます
with = キットに機能を追加します（複数指定可）
without = 既定で有効なキットの機能を除外します（複数指定可）
features = ビルドが使用するキットの機能（カンマ区切り）。S3 エンドポイントポリシーでビルドに必要な AWS 所有のリソースにアクセスできるかをチェックするために使用します。既定はキットの既定値（package-repos、logging）
value-logging = コンポーネントとビルドのログを CloudWatch Logs に送信します
value-containers = コンテナレシピ: イメージを Amazon ECR にプッシュ（ベースイメージは ECR からプル）します
value-session-manager = Session Manager を介したビルドインスタンスでの対話型シェル
value-kms = カスタマーマネージド KMS キー（暗号化された AMI、SecureString パラメータ、暗号化されたログ）
value-package-repos = Amazon Linux リポジトリからの `dnf`/`yum` による更新
kit-policy = キットの各インターフェイスエンドポイントのポリシー
value-least-privilege = ビルドインスタンスが呼び出すアクションのみを、お客様の組織またはアカウントに許可します
value-organization = サービスのすべてのアクションを、お客様の組織またはアカウントに許可します
buckets = ビルドが S3 エンドポイント経由で使用する、お客様自身のバケット（複数指定可）
omit-endpoints = キットからエンドポイントを除外し、それがない場合にどのシナリオが失敗するかを確認します（複数指定可）
value-imagebuilder = `com.amazonaws.REGION.imagebuilder`
value-s3 = `com.amazonaws.REGION.s3`（ゲートウェイ）
value-ssm = `com.amazonaws.REGION.ssm`
value-ssmmessages = `com.amazonaws.REGION.ssmmessages`
value-ec2messages = `com.amazonaws.REGION.ec2messages`
value-logs = `com.amazonaws.REGION.logs`
value-ecr-api = `com.amazonaws.REGION.ecr.api`
value-ecr-dkr = `com.amazonaws.REGION.ecr.dkr`
omit-endpoints-kms = `com.amazonaws.REGION.kms`
trail = CloudTrail のファイルまたはフォルダー: S3 に配信されたログファイル（`{ "{" }"Records":[…]{ "}" }`）、CloudTrail Lake または Athena からエクスポートした JSON Lines、`aws cloudtrail lookup-events` の出力。gzip 圧縮の有無は問いません。- は標準入力
vpce = この VPC エンドポイント（`vpce-…`）を経由した呼び出しのみ。指定しない場合は、お客様のいずれかのエンドポイントを経由した呼び出し
all-calls = VPC エンドポイントを経由しなかった呼び出しも、経由したものとして再生します（エンドポイントを作成する前にポリシーを試すため）
trail-principal-org-id = 証跡を記録したアカウントの組織（aws:PrincipalOrgID、aws:ResourceOrgID）。CloudTrail には記録されないため、指定しない場合、これに左右される判定はその旨を報告します
orgs = 別のアカウントの組織: ACCOUNT=o-…（複数指定可）
org-file = ACCOUNT,o-… の行を並べたファイル（区切りはカンマ、タブ、スペース。# 以降はコメント）

## validate
validate-files = ポリシーファイル、CloudFormation テンプレート（JSON、YAML、`.template`）、Terraform ファイル（`.tf`）、またはそれらを含むディレクトリ（.gitignore に従って走査）。- は標準入力のポリシー
validate-kind = ポリシーファイルのポリシーの種類（テンプレートではポリシーごとにテンプレートが示します）
value-endpoint = VPC エンドポイントポリシー（既定）: Principal が必須、空白を含めて 20,480 文字
value-identity = アイデンティティベースのポリシー: Principal なし、空白を除いて 6,144 文字（管理ポリシー）
value-resource = リソースベースのポリシー: Principal が必須、20,480 文字（S3 バケットポリシー）
validate-region = ポリシーの対象リージョン: バケットと ARN のリージョンをチェックし、--fix で `region` のプレースホルダーを埋めます
validate-environment = Image Builder の環境（prod、preprod、beta）: --fix で `environment` のプレースホルダーを埋めます
aws-managed = ポリシーは AWS 管理ポリシーです: カスタマー管理ポリシーの 6,144 文字のクォータは適用されません
no-build-checks = ビルドに必要なもののチェックを行いません（プライベートなビルドが使用しない S3 エンドポイントポリシーの場合）
vars = テンプレートに与える値 NAME=VALUE（複数指定可）: `region`、`account`、CloudFormation のパラメータ、または Terraform の変数（`var.NAME`）。指定しない値は不明として扱い、検出結果の原因にはなりません
var-files = ファイルから読み込む値（複数指定可）: Terraform の `.tfvars` または `.tfvars.json`、あるいは CloudFormation のパラメータ（`[{ "{" }"ParameterKey", "ParameterValue"{ "}" }]` または `{ "{" }"Parameters": { "{" }…{ "}" }{ "}" }`）。`--var` が優先されます
strict = テンプレート: ポリシーのないエンドポイント（ENDPOINT_WITHOUT_POLICY）を警告ではなくエラーにします
validate-format-human = `rustc` 形式の検出結果
validate-format-json = JSON: ポリシーファイル 1 つなら `{ "{" }"diagnostics": [...]{ "}" }`、それ以外は `{ "{" }"files": [{ "{" }"file", "policies": [...]{ "}" }]{ "}" }`
validate-format-sarif = SARIF 2.1.0（コードスキャン用）
validate-format-github = GitHub Actions のワークフローコマンド（アノテーション）
validate-format-junit = JUnit XML: ポリシーごとに 1 つのテストケース
fix = 確実な修正をすべて適用し、修正したポリシーを出力します（残った検出結果は標準エラー出力へ）
write = --fix とともに指定すると、修正したポリシーを出力せずに FILE に書き戻します

## eval
eval-endpoint-policy = VPC エンドポイントポリシー
identity-policy = プリンシパルのアイデンティティベースのポリシー（複数指定可）。これも --no-identity-policies も指定しない場合、アイデンティティの層は評価の対象外です
no-identity-policies = プリンシパルのアイデンティティポリシーは --identity-policy で指定したものだけです（指定がなければなし）
resource-policy = リソースベースのポリシー
no-resource-policy = リソースにリソースベースのポリシーはありません（これも --resource-policy も指定しない場合、その層は評価の対象外です）
scp = サービスコントロールポリシー。それぞれを組織の 1 つのレベルとして扱います（複数指定可。すべてのレベルで許可が必要）
scp-level = SCP のレベルとそのポリシー: NAME=FILE[,FILE...]（複数指定可、ルートから順に。各レベルで少なくとも 1 つのポリシーによる許可が必要）
rcp = リソースコントロールポリシー。それぞれを 1 つのレベルとして扱います（複数指定可。明示的な Deny のみが影響します）
rcp-level = RCP のレベルとそのポリシー: NAME=FILE[,FILE...]（複数指定可）
permissions-boundary = アクセス許可の境界
session-policy = セッションポリシー
request = JSON オブジェクトとしてのリクエスト: { "{" }"principal","action","resource","resourceAccount","context", "serviceLinkedRole","managementAccount"{ "}" }
requests = JSON Lines のリクエスト（1 行に 1 オブジェクト、ストリームで読み込み。gzip 圧縮にも対応）。- は標準入力
eval-explain = 層ごと、ステートメントごとの説明を含めます

## test
test-file = テストファイル

## scenarios
imagebuilder-policy = テストする Image Builder エンドポイントポリシー（既定: 生成したポリシー）
s3-policy = テストする S3 エンドポイントポリシー（既定: 生成したポリシー）

## generate
target = 出力するエンドポイント
target-imagebuilder = Image Builder のインターフェイスエンドポイント
target-s3 = S3 エンドポイント
target-all = 両方
generate-format-json = 整形した JSON（--target all の場合: サービス名、DNS 名、ポリシー）
generate-format-json-min = 最小化した JSON
generate-format-cli = AWS CLI のコマンド
generate-format-cloudformation = CloudFormation の YAML
generate-format-terraform = Terraform の HCL

## rules, explain
rules-format-human = 表: コード、重要度、タイトル
rules-format-json = すべてのルールのドキュメント（JSON）
rules-format-markdown = ルールのリファレンス（Markdown。docs/rules.md の内容）
code = 検出コード（例: UNKNOWN_ACTION。大文字と小文字は区別しません）

## diagnose
text = 見えているテキスト: ビルドログ、SSM コンソール、dnf、docker pull、CloudWatch のエラー行、AccessDenied のメッセージ、または CloudTrail イベント。複数の語はスペースで連結します。指定しない場合は --file を読み込みます
diagnose-file = テキストをファイルから読み込みます（- は標準入力）
diagnose-endpoint-policy = リクエストが経由したエンドポイントポリシー: AccessDenied のリクエストを拒否しているステートメントを特定します

## replay, draft
policy = 候補のエンドポイントポリシー
baseline = 現在デプロイされているポリシー: 指定すると、新たに拒否されるものと新たに許可されるものをレポートに示します
replay-format = 出力形式。`json` ではすべてのイベント（ID、再構成したリクエストと判定）に続けてレポートを出力します
replay-format-human = ターミナル向けにグループ化したセクション
replay-format-json = すべてのイベントと再構成したリクエストおよび判定、続けてレポート
replay-format-csv = グループごとに 1 行、すべてのセクション
replay-format-markdown = 表（プルリクエストやチケット向け）
from-trail = CloudTrail の証跡の呼び出しから作成します（指定したファイルまたはフォルダーを `replay` と同じように読み込みます）。現在の唯一の作成元で、今後ほかの作成元を追加できるように名前を付けています
draft-region = 証跡に S3 の呼び出しがある場合に、作成するポリシーで許可する AWS 所有のダウンロード（AWSTOE、SSM エージェント、Amazon Linux リポジトリ…）のリージョン。キットの S3 エンドポイントが許可するものと同じです。`none` を指定すると含めません
