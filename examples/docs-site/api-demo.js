// The example docs page's own use of the JavaScript API: generate the S3 endpoint policy of the whole private
// build (the kit) for a region, validate it (the build-needs checks included), and size the embedded playground
// from its height messages. It imports the page's engine (lib/engine.js: validate, fix, generate, message), the
// module the live blocks and the embedded playground use too; lib/vpce_policy.js has every function.
import init, { generate, validate, version } from '../lib/engine.js';

addEventListener('message', (e) => {
  const frame = document.getElementById('vpce');
  if (frame && e.source === frame.contentWindow && e.data?.type === 'vpce-policy:height') frame.style.height = `${e.data.height}px`;
});

await init();
const plan = generate({ region: 'eu-central-1', principalOrgId: 'o-a1b2c3d4e5', kit: {} });
const text = JSON.stringify(plan.s3.policy, null, 2);
const { diagnostics } = validate(text, { region: 'eu-central-1' });
document.getElementById('api-output').textContent =
  `${version()}\n\n${plan.s3.serviceName}: ${diagnostics.length} finding(s)\n\n${text}`;
