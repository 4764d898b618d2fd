import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-audit-data-access',
  imports: [],
  templateUrl: './web-audit-data-access.html',
  styleUrl: './web-audit-data-access.css'
})
export class WebAuditDataAccess {}
