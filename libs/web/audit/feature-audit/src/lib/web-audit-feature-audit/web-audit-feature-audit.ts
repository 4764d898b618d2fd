import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-audit-feature-audit',
  imports: [],
  templateUrl: './web-audit-feature-audit.html',
  styleUrl: './web-audit-feature-audit.css'
})
export class WebAuditFeatureAudit {}
