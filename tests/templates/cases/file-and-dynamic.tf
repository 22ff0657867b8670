# A policy read from a file next to the template, and a policy document with a dynamic statement.
resource "aws_vpc_endpoint" "s3" {
  service_name = "com.amazonaws.${var.region}.s3"
  policy       = file("${path.module}/policies/s3-endpoint.json")
}

data "aws_iam_policy_document" "kms" {
  statement {
    effect    = "Deny"
    actions   = ["kms:ScheduleKeyDeletion"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
  dynamic "statement" {
    for_each = var.allowed
    content {
      effect    = "Allow"
      actions   = statement.value.actions
      resources = ["*"]
    }
  }
}

resource "aws_vpc_endpoint" "kms" {
  service_name = "com.amazonaws.${var.region}.kms"
  policy       = data.aws_iam_policy_document.kms.json
}
