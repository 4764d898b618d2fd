import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebAuditDataAccess } from './web-audit-data-access';

describe('WebAuditDataAccess', () => {
  let component: WebAuditDataAccess;
  let fixture: ComponentFixture<WebAuditDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebAuditDataAccess]
    }).compileComponents();

    fixture = TestBed.createComponent(WebAuditDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
