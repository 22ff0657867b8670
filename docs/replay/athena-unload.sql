-- The calls through your VPC endpoints since a date, from the Athena table over your organization's trail
-- (created as in the Athena user guide, "Query AWS CloudTrail logs"), written to S3 as gzipped JSON Lines that
-- `vpce-policy replay` reads. Replace the endpoint IDs, the date, the table and the bucket. A table created before
-- 2024 may lack `tlsdetails`: drop the column (replay then treats aws:SecureTransport as unknown).
UNLOAD (
  SELECT eventid, eventtime, eventsource, eventname, eventtype, awsregion, sourceipaddress,
         useridentity, requestparameters, resources, vpcendpointid, errorcode, recipientaccountid, tlsdetails
  FROM cloudtrail_logs
  WHERE vpcendpointid IN ('vpce-0123456789abcdef0', 'vpce-0fedcba9876543210')
    AND eventtime >= '2026-11-01T00:00:00Z'
)
TO 's3://amzn-s3-demo-bucket/vpce-replay/'
WITH (format = 'JSON', compression = 'GZIP')
