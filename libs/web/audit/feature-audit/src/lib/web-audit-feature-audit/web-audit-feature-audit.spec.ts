import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebAuditFeatureAudit } from './web-audit-feature-audit';

describe('WebAuditFeatureAudit', () => {
  let component: WebAuditFeatureAudit;
  let fixture: ComponentFixture<WebAuditFeatureAudit>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebAuditFeatureAudit]
    }).compileComponents();

    fixture = TestBed.createComponent(WebAuditFeatureAudit);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
