resource "aws_vpc_endpoint" "s3" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.${var.region}.s3"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:GetObject"]
        Resource  = ["arn:aws:s3:::${var.bucket}/*"]
      },
    ]
  })
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.${var.region}.ssm"
  policy       = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "ssm:*",
      "Resource": "*"
    },
  ]
}
EOF
}

resource "aws_vpc_endpoint" "logs" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.${var.region}.logs"
  policy       = var.logs_policy
}

data "aws_iam_policy_document" "ecr" {
  statement {
    sid     = "Pull"
    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = ["*"]
    condition {
      test     = "ForAllValues:StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org_id]
    }
  }
}

resource "aws_vpc_endpoint" "ecr_api" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.${var.region}.ecr.api"
  policy       = data.aws_iam_policy_document.ecr.json
}
